package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.runtime.replay.ReplayJob;
import dev.eventscope.runtime.replay.ReplayReport;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.replay.ReplaySpeed;
import dev.eventscope.runtime.replay.ReplayTarget;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The replay's keys as an operator presses them: space pauses, s steps one event, space resumes, q cancels. */
class ReplayKeysTest {
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final List<StoredEvent> applied = new CopyOnWriteArrayList<>();

  @Test
  void space_pauses_s_steps_space_resumes() {
    ReplayJob job = job(20);
    assertThat(ReplayKeys.press(job, ' ')).isTrue();
    CompletableFuture<ReplayReport> running = CompletableFuture.supplyAsync(job::run);
    await().until(() -> job.state() == ReplayJob.State.PAUSED);

    ReplayKeys.press(job, 's');
    await().until(() -> applied.size() == 1);
    ReplayKeys.press(job, 'S');
    await().until(() -> applied.size() == 2);
    ReplayKeys.press(job, ' ');

    assertThat(running.join().completed()).isTrue();
    assertThat(applied).hasSize(20);
  }

  @Test
  void q_cancels_and_other_keys_do_nothing() {
    ReplayJob job = job(20);
    assertThat(ReplayKeys.press(job, 's')).as("a step only means something while paused").isFalse();
    assertThat(ReplayKeys.press(job, 'x')).isFalse();
    ReplayKeys.press(job, 'p');
    CompletableFuture<ReplayReport> running = CompletableFuture.supplyAsync(job::run);
    await().until(() -> job.state() == ReplayJob.State.PAUSED);

    ReplayKeys.press(job, 'q');

    assertThat(running.join().state()).isEqualTo("cancelled");
    assertThat(applied).isEmpty();
  }

  private ReplayJob job(int events) {
    int version = OrderFulfilmentContracts.registry().of(OrderConfirmed.class).version();
    for (int i = 0; i < events; i++) {
      UUID order = UUID.randomUUID();
      store.append(order.toString(), 0, List.of(Envelope.first(new OrderConfirmed(order), version, OrderFulfilmentContracts.ORDERS)));
    }
    ReplayTarget recording = new ReplayTarget() {
      @Override
      public String name() {
        return "recording";
      }

      @Override
      public void apply(StoredEvent replayed) {
        applied.add(replayed);
      }
    };
    return new ReplayJob("keys", store, ReplaySelection.all(), List.of(recording), ReplaySpeed.MAX, null);
  }
}
