package dev.eventscope.runtime.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryCheckpointStore;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import dev.eventscope.runtime.subscriber.Subscriber;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ReplayJobTest {
  private final InMemoryEventStore store = new InMemoryEventStore();
  private final List<StoredEvent> all = ReplayFixtures.orders(store, 10);

  @Test
  void pauses_steps_one_event_at_a_time_resumes_and_completes() {
    RecordingTarget target = new RecordingTarget();
    ReplayJob job = new ReplayJob("j", store, ReplaySelection.all(), List.of(target), ReplaySpeed.MAX, null);
    job.pause();
    CompletableFuture<ReplayReport> running = CompletableFuture.supplyAsync(job::run);
    await().until(() -> job.state() == ReplayJob.State.PAUSED);
    assertThat(target.received).isEmpty();
    job.step();
    await().until(() -> target.received.size() == 1);
    job.step();
    await().until(() -> target.received.size() == 2);
    assertThat(job.progress().done()).isEqualTo(2);
    assertThat(job.progress().total()).isEqualTo(20);
    job.resume();
    ReplayReport report = running.join();
    assertThat(report.completed()).isTrue();
    assertThat(report.replayed()).isEqualTo(20);
    assertThat(job.progress().fraction()).isEqualTo(1.0);
  }

  @Test
  void a_finished_job_keeps_the_rate_it_ran_at_and_its_report_says_the_same() throws InterruptedException {
    ReplayJob job = new ReplayJob("j", store, ReplaySelection.all(), List.of(new RecordingTarget()), ReplaySpeed.MAX, null);
    ReplayReport report = job.run();
    double rate = job.progress().eventsPerSecond();

    Thread.sleep(30);

    assertThat(rate).isPositive();
    assertThat(job.progress().eventsPerSecond()).isEqualTo(rate);
    assertThat(report.eventsPerSecond()).isCloseTo(rate, org.assertj.core.data.Percentage.withPercentage(1));
  }

  @Test
  void an_interrupted_replay_stops_as_a_cancelled_one() {
    RecordingTarget target = new RecordingTarget();
    ReplayJob job = new ReplayJob("j", store, ReplaySelection.all(), List.of(target), ReplaySpeed.MAX, null);
    job.pause();
    CompletableFuture<Thread> runner = new CompletableFuture<>();
    CompletableFuture<ReplayReport> running = CompletableFuture.supplyAsync(() -> {
      runner.complete(Thread.currentThread());
      return job.run();
    });
    await().until(() -> job.state() == ReplayJob.State.PAUSED);

    runner.join().interrupt();

    assertThat(running.join().state()).isEqualTo("cancelled");
    assertThat(target.received).isEmpty();
  }

  @Test
  void a_cancelled_job_stops_and_says_so() {
    RecordingTarget target = new RecordingTarget();
    ReplayJob job = new ReplayJob("j", store, ReplaySelection.all(), List.of(target), ReplaySpeed.MAX, null);
    job.pause();
    CompletableFuture<ReplayReport> running = CompletableFuture.supplyAsync(job::run);
    await().until(() -> job.state() == ReplayJob.State.PAUSED);
    job.step();
    await().until(() -> target.received.size() == 1);
    job.cancel();
    ReplayReport report = running.join();
    assertThat(report.state()).isEqualTo("cancelled");
    assertThat(report.selected()).isEqualTo(1);
    assertThat(job.state()).isEqualTo(ReplayJob.State.CANCELLED);
  }

  @Test
  void resumes_after_its_checkpoint() {
    InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
    checkpoints.write(ReplayJob.checkpointName("nightly"), all.get(11).position());
    RecordingTarget target = new RecordingTarget();
    ReplayReport report = new ReplayJob("nightly", store, ReplaySelection.all(), List.of(target), ReplaySpeed.MAX, checkpoints).run();
    assertThat(report.resumedAfter()).isEqualTo(all.get(11).position());
    assertThat(target.positions()).isEqualTo(all.subList(12, 20).stream().map(StoredEvent::position).toList());
    assertThat(checkpoints.read(ReplayJob.checkpointName("nightly"))).hasValue(all.get(19).position());
  }

  @Test
  void a_shadow_target_starts_again_despite_a_checkpoint() {
    InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
    checkpoints.write(ReplayJob.checkpointName("rebuild"), all.get(11).position());
    RecordingSubscriber subscriber = new RecordingSubscriber(false);
    ReplayReport report = new ReplayJob("rebuild", store, ReplaySelection.all(), List.of(SubscriberTarget.shadow(subscriber)),
        ReplaySpeed.MAX, checkpoints).run();
    assertThat(report.resumedAfter()).isZero();
    assertThat(subscriber.count).isEqualTo(10); // every "orders" event, not just those after the checkpoint
  }

  @Test
  void subscribers_with_outside_effects_skip_replayed_events_with_a_reason() {
    RecordingSubscriber mailer = new RecordingSubscriber(true);
    RecordingSubscriber projector = new RecordingSubscriber(false);
    ReplayReport report = new ReplayJob(null, store, ReplaySelection.all(),
        List.of(new SubscriberTarget("handler", mailer), new SubscriberTarget("handler", projector)), ReplaySpeed.MAX, null).run();
    assertThat(mailer.count).isZero();
    assertThat(projector.count).isEqualTo(10);
    assertThat(report.replayed()).isEqualTo(10);
    assertThat(report.skipped()).hasSize(2);
    assertThat(report.skipped().get(0)).satisfies(skip -> {
      assertThat(skip.target()).isEqualTo("handler:mailer");
      assertThat(skip.reason()).contains("outside effects");
      assertThat(skip.count()).isEqualTo(10);
    });
    assertThat(report.skipped().get(1)).satisfies(skip -> {
      assertThat(skip.target()).isEqualTo(ReplayJob.NO_TARGET);
      assertThat(skip.reason()).isEqualTo("no target reads events of the legacy context");
      assertThat(skip.count()).isEqualTo(10);
      assertThat(skip.firstPosition()).isEqualTo(all.get(2).position());
    });
    assertThat(report.targets().get("handler:projector").applied()).isEqualTo(10);
  }

  @Test
  void a_speed_factor_follows_the_original_timing() {
    // Two events 100 ms apart at 2x: about 50 ms of waiting; at max: none to speak of.
    ReplaySelection oneOrder = ReplaySelection.all().ofAggregates(Set.of(all.get(0).aggregateId()));
    ReplayReport timed = new ReplayJob(null, store, oneOrder, List.of(new RecordingTarget()), ReplaySpeed.parse("2x"), null).run();
    assertThat(timed.durationMs()).isBetween(45L, 1_000L);
    assertThat(ReplaySpeed.parse("2x").pause(ReplayFixtures.T0, ReplayFixtures.T0.plusSeconds(1))).isEqualTo(Duration.ofMillis(500));
    assertThat(ReplaySpeed.parse("1x").pause(ReplayFixtures.T0, ReplayFixtures.T0.plusSeconds(3_600))).isEqualTo(ReplaySpeed.MAX_GAP);
  }

  /** A subscriber of the "orders" context that counts what it handles. */
  private static final class RecordingSubscriber implements Subscriber {
    private final boolean outside;
    volatile int count;

    RecordingSubscriber(boolean outside) {
      this.outside = outside;
    }

    @Override
    public String name() {
      return outside ? "mailer" : "projector";
    }

    @Override
    public Set<String> contexts() {
      return Set.of("orders");
    }

    @Override
    public void handle(StoredEvent event) {
      count++;
    }

    @Override
    public boolean hasOutsideEffects() {
      return outside;
    }
  }
}
