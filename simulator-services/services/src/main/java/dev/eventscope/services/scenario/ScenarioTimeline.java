package dev.eventscope.services.scenario;

import dev.eventscope.runtime.deadletter.DeadLetter;
import dev.eventscope.runtime.fault.FaultSettings;
import dev.eventscope.runtime.system.EventSystem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a scenario's timed events against a running system: outage windows (the broker goes
 * down, comes back) and timeline steps (change or clear faults, retry parked messages), each at
 * its time after the start. Every action is told to {@code narrator} in words.
 */
final class ScenarioTimeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ScenarioTimeline.class);

  private final EventSystem system;
  private final List<Action> actions = new ArrayList<>();
  private final Consumer<String> narrator;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "eventscope-scenario-timeline");
    thread.setDaemon(true);
    return thread;
  });
  private CountDownLatch remaining = new CountDownLatch(0);

  private record Action(Duration at, Runnable run) {}

  ScenarioTimeline(EventSystem system, Scenario scenario, Consumer<String> narrator) {
    this.system = system;
    this.narrator = narrator;
    for (OutageWindow outage : scenario.faults().outages()) {
      actions.add(new Action(outage.at(), () -> outage(true, "the " + system.bus().strategy() + " broker goes down for "
          + outage.duration().toMillis() / 1_000.0 + " s")));
      actions.add(new Action(outage.end(), () -> outage(false, "the " + system.bus().strategy() + " broker is back")));
    }
    for (TimelineStep step : scenario.timeline()) actions.add(new Action(step.at(), () -> play(step)));
    Collections.sort(actions, (a, b) -> a.at().compareTo(b.at()));
  }

  /** When the last timed event happens, after the start. */
  Duration end() {
    return actions.isEmpty() ? Duration.ZERO : actions.get(actions.size() - 1).at();
  }

  void start() {
    remaining = new CountDownLatch(actions.size());
    for (Action action : actions) {
      scheduler.schedule(() -> {
        try {
          action.run().run();
        } catch (RuntimeException e) {
          LOG.warn("a scenario step failed: {}", e.toString());
          narrator.accept("a step failed: " + e.getMessage());
        } finally {
          remaining.countDown();
        }
      }, action.at().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Waits until every timed event has happened; false if the timeout passed first. */
  boolean awaitDone(Duration timeout) throws InterruptedException {
    return remaining.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void outage(boolean down, String words) {
    system.faults().update(settings -> settings.withOutage(down));
    narrator.accept(words);
  }

  private void play(TimelineStep step) {
    if (step.say() != null) narrator.accept(step.say());
    if (step.clear()) {
      system.faults().update(settings -> FaultSettings.NONE.withOutage(settings.outage()));
      narrator.accept("faults cleared");
    }
    if (step.set() != null) {
      system.faults().update(step.set()::applyTo);
      narrator.accept("faults changed");
    }
    if (step.retryDeadLetters()) {
      List<DeadLetter> parked = system.deadLetters();
      int retried = 0;
      for (DeadLetter letter : parked) if (system.retryDeadLetter(letter.id())) retried++;
      narrator.accept("retried parked messages: " + parked.size() + " parked, " + retried + " aggregates flowing again, "
          + system.deadLetters().size() + " still parked");
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
