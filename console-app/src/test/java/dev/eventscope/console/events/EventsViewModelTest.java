package dev.eventscope.console.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.services.transfer.EventExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Events screen's model without a window: page reads and scans run on the calling thread. */
class EventsViewModelTest {
  private static final EventJson JSON = new EventJson(new JsonCodec(OrderFulfilmentContracts.registry()));

  private EventsViewModel model(SyntheticEventStore store) {
    EventsViewModel model = new EventsViewModel(store, JSON, UiExecutor.immediate(), Runnable::run);
    Runnable ui = model.onTick(10_000);
    if (ui != null) ui.run();
    return model;
  }

  @Test
  void shows_every_stored_event_as_a_row_but_reads_only_the_page_asked_for() {
    SyntheticEventStore store = new SyntheticEventStore(1_000_000);
    EventsViewModel model = model(store);
    ObservableList<EventRow> rows = model.rowsProperty().get();
    assertThat(rows).hasSize(1_000_000);

    assertThat(rows.get(500_000).loaded()).as("first ask: loading").isFalse();
    assertThat(rows.get(500_000).event().position()).isEqualTo(500_001);
    assertThat(store.eventsRead.get()).isEqualTo(EventsViewModel.PAGE_SIZE);
  }

  @Test
  void new_events_appear_at_the_end_on_the_next_refresh() {
    SyntheticEventStore store = new SyntheticEventStore(1_000);
    EventsViewModel model = model(store);
    ObservableList<EventRow> rows = model.rowsProperty().get();
    rows.get(999);

    store.grow(1_050);
    Runnable ui = model.onTick(20_000);
    ui.run();

    assertThat(rows).hasSize(1_050);
    rows.get(1_049);
    assertThat(rows.get(1_049).event().position()).isEqualTo(1_050);
    assertThat(rows.get(999).loaded()).as("the short tail page was read again in place").isTrue();
  }

  @Test
  void a_type_filter_selects_exactly_the_events_of_that_type() {
    assertFilterSelects(EventFilter.of("shipmentscheduled", "", "", ""), event -> event.type().equals("ShipmentScheduled"));
  }

  @Test
  void an_aggregate_filter_selects_exactly_that_stream() {
    assertFilterSelects(EventFilter.of("", "agg-7", "", ""), event -> event.aggregateId().equals("agg-7"));
  }

  @Test
  void a_correlation_filter_matches_the_part_of_the_id_the_table_shows() {
    String full = SyntheticEventStore.event(4_321).envelope().correlationId().toString();
    assertFilterSelects(EventFilter.of("", "", full.substring(full.length() - 8), ""),
        event -> event.envelope().correlationId().toString().equals(full));
  }

  @Test
  void a_time_range_selects_the_events_between_its_bounds_both_included() {
    Instant from = Instant.ofEpochSecond(1_700_000_000L + 2_000);
    Instant to = Instant.ofEpochSecond(1_700_000_000L + 2_010);
    assertFilterSelects(new EventFilter("", "", "", "", from, to),
        event -> !event.envelope().occurredAt().isBefore(from) && !event.envelope().occurredAt().isAfter(to));
  }

  @Test
  void a_text_filter_searches_the_payload_json_and_combines_with_the_others() {
    assertFilterSelects(EventFilter.of("StockRestocked", "", "", "\"quantity\":7"),
        event -> event.type().equals("StockRestocked") && event.position() % 7 == 6);
  }

  @Test
  void a_filter_keeps_at_most_the_first_matches_and_says_to_narrow_it() {
    EventsViewModel model = model(new SyntheticEventStore(60_000));
    model.apply(EventFilter.of("OrderConfirmed", "", "", ""));

    assertThat(model.rowsProperty().get()).hasSize(EventsViewModel.MAX_MATCHES);
    assertThat(model.statusProperty().get()).contains("narrow the filter");
  }

  @Test
  void clearing_the_filter_shows_the_whole_store_again() {
    EventsViewModel model = model(new SyntheticEventStore(5_000));
    model.apply(EventFilter.of("OrderConfirmed", "", "", ""));
    model.apply(EventFilter.NONE);

    assertThat(model.rowsProperty().get()).hasSize(5_000);
  }

  @Test
  void the_detail_is_the_whole_envelope_with_its_payload_as_json() {
    EventsViewModel model = model(new SyntheticEventStore(10));
    model.select(EventRow.of(SyntheticEventStore.event(5)));

    assertThat(model.detailProperty().get()).contains("\"type\" : \"StockRestocked\"", "\"aggregateId\" : \"agg-5\"",
        "\"correlationId\"", "\"sku\" : \"SKU-5\"");
  }

  private void assertFilterSelects(EventFilter filter, Predicate<StoredEvent> expected) {
    SyntheticEventStore store = new SyntheticEventStore(9_000);
    EventsViewModel model = model(store);
    model.apply(filter);

    List<Long> shown = new ArrayList<>();
    model.rowsProperty().get().forEach(row -> shown.add(row.position()));
    List<Long> wanted = new ArrayList<>();
    for (long p = 1; p <= 9_000; p++) {
      if (expected.test(SyntheticEventStore.event(p))) wanted.add(p);
    }
    assertThat(wanted).isNotEmpty();
    assertThat(shown).isEqualTo(wanted);
  }

  @Test
  void export_writes_every_event_the_filter_selects_as_json_lines_and_says_so(@TempDir Path folder) throws Exception {
    SyntheticEventStore store = new SyntheticEventStore(3_000);
    EventsViewModel model = model(store);
    model.apply(EventFilter.of("", "agg-7", "", ""));
    Path file = folder.resolve("agg-7.jsonl");

    EventExport.Result result = model.export(file).get();

    List<String> lines = Files.readAllLines(file);
    long expected = java.util.stream.LongStream.rangeClosed(1, 3_000)
        .filter(p -> SyntheticEventStore.event(p).aggregateId().equals("agg-7")).count();
    assertThat(result.exported()).isEqualTo(expected).isPositive();
    assertThat(lines).hasSize((int) expected).allSatisfy(line -> assertThat(line).contains("\"aggregateId\":\"agg-7\""));
    assertThat(model.statusProperty().get()).isEqualTo("exported " + expected + " events to agg-7.jsonl");
  }
}
