package dev.eventscope.runtime.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.runtime.system.SystemOptions;
import dev.eventscope.runtime.testing.AppendingContext;
import dev.eventscope.runtime.testing.RecordingSubscriber;
import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The injectors do what they say, on a real system, and the runtime absorbs what they do. */
class FaultInjectionTest {
  private static final int AGGREGATES = 20;
  private static final int EVENTS_EACH = 50;

  private final RecordingSubscriber recorder = new RecordingSubscriber("recorder");
  private final List<Hop> faultHops = Collections.synchronizedList(new ArrayList<>());
  private final List<UUID> aggregates = IntStream.range(0, AGGREGATES).mapToObj(i -> UUID.randomUUID()).toList();
  private final EventSystem system = EventSystem.start(SystemOptions.defaults(OrderFulfilmentContracts.registry()),
      new InMemoryBackend(), new InMemoryEventBus(), List.of(new AppendingContext(List.of(recorder))));

  FaultInjectionTest() {
    system.tracer().addListener(hops -> hops.stream().filter(hop -> hop.outcome() == Outcome.FAULT).forEach(faultHops::add));
  }

  @AfterEach
  void close() {
    system.close();
  }

  @Test
  void a_drop_rate_of_p_drops_about_p_and_the_sweep_recovers_every_lost_event() {
    system.faults().update(f -> f.withBus(BusFaults.NONE.withDropRate(0.2)));
    sendAll();

    assertThat(system.awaitQuiescent(Duration.ofSeconds(30))).isTrue();
    double dropped = counter(FaultRecorder.DROPPED) / (double) (AGGREGATES * EVENTS_EACH);
    assertThat(dropped).isBetween(0.15, 0.25);
    assertThat(system.metrics().get(Metrics.EVENTS_RECOVERED) + system.metrics().get(Metrics.GAPS_CAUGHT_UP))
        .isEqualTo(counter(FaultRecorder.DROPPED));
    assertEveryEventAppliedOnceInOrder();
    assertThat(faultHops).anySatisfy(hop -> {
      assertThat(hop.from()).isEqualTo("fault:dropped");
      assertThat(hop.to()).isEqualTo("subscriber:recorder");
      assertThat(hop.detail()).startsWith("injected:");
    });
  }

  @Test
  void duplicates_are_delivered_and_absorbed() {
    system.faults().update(f -> f.withBus(BusFaults.NONE.withDuplicateRate(0.3)));
    sendAll();

    assertThat(system.awaitQuiescent(Duration.ofSeconds(30))).isTrue();
    assertThat(counter(FaultRecorder.DUPLICATED)).isBetween(200L, 400L);
    assertThat(system.metrics().get(Metrics.DUPLICATES_SUPPRESSED)).isEqualTo(counter(FaultRecorder.DUPLICATED));
    assertEveryEventAppliedOnceInOrder();
  }

  @Test
  void reordered_and_delayed_deliveries_are_applied_in_version_order() {
    system.faults().update(f -> f.withBus(new BusFaults(Latency.uniform(0, 3), 0, 0, 0.2)));
    sendAll();

    assertThat(system.awaitQuiescent(Duration.ofSeconds(30))).isTrue();
    assertThat(counter(FaultRecorder.REORDERED)).isPositive();
    assertThat(system.metrics().get(Metrics.GAPS_CAUGHT_UP)).isPositive();
    assertEveryEventAppliedOnceInOrder();
  }

  @Test
  void an_outage_delays_events_and_loses_none() throws Exception {
    system.faults().update(f -> f.withOutage(true));
    sendAll();
    Thread.sleep(300);

    assertThat(recorder.handled()).isEmpty();
    assertThat(system.bus().health().healthy()).isFalse();
    system.faults().update(f -> f.withOutage(false));

    assertThat(system.awaitQuiescent(Duration.ofSeconds(30))).isTrue();
    assertThat(system.bus().health().healthy()).isTrue();
    assertEveryEventAppliedOnceInOrder();
    assertThat(counter(FaultRecorder.OUTAGE)).isEqualTo(2);
  }

  @Test
  void a_handler_exception_rate_is_retried_away() {
    // 5% per attempt: a delivery fails all five attempts (and is parked) about once in 3 million.
    system.faults().update(f -> f.withHandler("recorder", new HandlerFault(0.05, 0)));
    sendAll();

    assertThat(system.awaitQuiescent(Duration.ofSeconds(30))).isTrue();
    assertThat(counter(FaultRecorder.EXCEPTION)).isBetween(20L, 90L);
    assertThat(system.metrics().get(Metrics.HANDLER_RETRIES)).isEqualTo(counter(FaultRecorder.EXCEPTION));
    assertThat(system.deadLetters()).isEmpty();
    assertEveryEventAppliedOnceInOrder();
  }

  @Test
  void poison_messages_are_parked_and_apply_once_the_fault_is_cleared_and_they_are_retried() {
    system.faults().update(f -> f.withHandler(FaultSettings.EVERY_SUBSCRIBER, new HandlerFault(0, 0.02)));
    sendAll();
    assertThat(system.awaitQuiescent(Duration.ofSeconds(30))).isTrue();
    var parked = system.deadLetters();
    assertThat(parked).isNotEmpty();
    assertThat(parked.stream().filter(letter -> letter.attempts() > 0))
        .isNotEmpty()
        .allSatisfy(letter -> assertThat(letter.error()).contains("injected poison message"));
    assertThat(recorder.handled()).hasSizeLessThan(AGGREGATES * EVENTS_EACH);

    system.faults().clear();
    parked.forEach(letter -> system.retryDeadLetter(letter.id()));

    assertThat(system.deadLetters()).isEmpty();
    assertEveryEventAppliedOnceInOrder();
  }

  private void sendAll() {
    for (int i = 0; i < EVENTS_EACH; i++) {
      for (UUID aggregate : aggregates) system.mediator().send(new ConfirmOrder(aggregate), "test");
    }
  }

  private long counter(String kind) {
    return system.metrics().get(FaultRecorder.counter(kind));
  }

  private void assertEveryEventAppliedOnceInOrder() {
    List<StoredEvent> handled = recorder.handled();
    assertThat(handled.stream().map(StoredEvent::position).toList()).doesNotHaveDuplicates().hasSize(AGGREGATES * EVENTS_EACH);
    for (UUID aggregate : aggregates) {
      List<Long> versions = handled.stream().filter(e -> e.aggregateId().equals(aggregate.toString())).map(StoredEvent::version).toList();
      assertThat(versions).hasSize(EVENTS_EACH).isSorted();
    }
  }
}
