package dev.eventscope.console.sagas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.contracts.fulfilment.FulfilmentList;
import dev.eventscope.contracts.fulfilment.FulfilmentView;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SagasViewModelTest {
  private static final Instant NOW = Instant.ofEpochMilli(1_700_000_000_000L);
  private final AtomicInteger asked = new AtomicInteger();
  private List<FulfilmentView> active = List.of();
  private final SagasViewModel model = new SagasViewModel(() -> {
    asked.incrementAndGet();
    return new FulfilmentList(active);
  }, new InMemoryEventStore(), Runnable::run, UiExecutor.immediate());

  private void tick(long now) {
    Runnable ui = model.onTick(now);
    if (ui != null) ui.run();
  }

  @Test
  void lists_unfinished_sagas_soonest_deadline_first_with_their_time_left() {
    UUID late = new UUID(0, 1);
    UUID soon = new UUID(0, 2);
    active = List.of(
        new FulfilmentView(late, "AwaitingPayment", NOW.plus(Duration.ofMinutes(3)).plusSeconds(5), false, false, null),
        new FulfilmentView(soon, "AwaitingStock", NOW.plusMillis(4_200), true, false, "payment declined"),
        new FulfilmentView(new UUID(0, 3), "Done", NOW, false, true, null));
    tick(NOW.toEpochMilli());

    assertThat(model.rows()).extracting(SagaRow::orderId).containsExactly(soon, late);
    assertThat(model.rows().get(0).timeLeft()).isEqualTo("4.2 s");
    assertThat(model.rows().get(0).compensating()).isTrue();
    assertThat(model.rows().get(0).note()).isEqualTo("payment declined");
    assertThat(model.rows().get(1).timeLeft()).isEqualTo("3 min 05 s");
    assertThat(model.summaryProperty().get()).isEqualTo("2 sagas in flight, 1 compensating");
  }

  @Test
  void a_saga_past_its_deadline_says_how_late_it_is() {
    active = List.of(new FulfilmentView(new UUID(0, 1), "AwaitingShipment", NOW.minusSeconds(2), false, false, null));
    tick(NOW.toEpochMilli());

    assertThat(model.rows().get(0).overdue()).isTrue();
    assertThat(model.rows().get(0).timeLeft()).isEqualTo("overdue by 2.0 s");
  }

  @Test
  void asks_once_a_second_and_only_while_shown() {
    for (long t = 0; t < 3_000; t += 100) tick(NOW.toEpochMilli() + t);
    assertThat(asked.get()).isEqualTo(3);

    model.shown(false);
    for (long t = 3_000; t < 6_000; t += 100) tick(NOW.toEpochMilli() + t);
    assertThat(asked.get()).isEqualTo(3);
  }
}
