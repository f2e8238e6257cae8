package dev.eventscope.services.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventTransferTest {
  private final EventWire wire = new EventWire(new JsonCodec(OrderFulfilmentContracts.registry()));

  private String exportOf(ReplaySelection selection) {
    try (EventSystem system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of())) {
      for (int i = 0; i < 3; i++) {
        system.mediator().send(new RestockItem("SKU-A", 1 + i), "test");
        system.mediator().send(new RestockItem("SKU-B", 5), "test");
      }
      StringWriter out = new StringWriter();
      EventExport.Result result = EventExport.write(system.backend().events(), selection, wire, out);
      assertThat(result.scanned()).isEqualTo(6);
      return out.toString();
    }
  }

  private EventImport.Result importInto(EventStore target, String text) {
    return EventImport.read(new BufferedReader(new StringReader(text)), wire, target);
  }

  @Test
  void an_export_imports_into_another_store_with_the_same_streams_and_ids_and_a_second_import_changes_nothing() {
    String text = exportOf(ReplaySelection.all());
    EventStore target = new InMemoryBackend().events();

    EventImport.Result first = importInto(target, text);
    EventImport.Result again = importInto(target, text);

    assertThat(text.lines()).hasSize(6);
    assertThat(first.imported()).isEqualTo(6);
    assertThat(again.imported()).isZero();
    assertThat(again.alreadyThere()).isEqualTo(6);
    List<StoredEvent> skuA = target.readStream("SKU-A", 0);
    assertThat(skuA).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
    assertThat(skuA.get(0).envelope().messageId().toString()).isEqualTo(wire.decode(text.lines().findFirst().orElseThrow().getBytes())
        .envelope().messageId().toString());
  }

  @Test
  void a_selection_that_cuts_streams_and_a_broken_line_are_skipped_with_their_reasons() {
    String text = exportOf(ReplaySelection.all().positions(3, null).ofAggregates(Set.of("SKU-A"))) + "{\"not\":\"an event\"}\n";
    EventStore target = new InMemoryBackend().events();

    EventImport.Result result = importInto(target, text);

    assertThat(result.imported()).isZero();
    assertThat(result.skippedCount()).isEqualTo(3);
    assertThat(result.skipped()).anySatisfy(reason -> assertThat(reason).startsWith("line 1: SKU-A is at version 0: version 2 needs"))
        .anySatisfy(reason -> assertThat(reason).startsWith("line 3: "));
  }
}
