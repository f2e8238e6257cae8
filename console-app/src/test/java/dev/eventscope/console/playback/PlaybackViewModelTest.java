package dev.eventscope.console.playback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaybackViewModelTest {
  /** A dispatcher that publishes one waiting event per allowed step when {@link #publish} is called. */
  static final class FakeDispatcher implements DispatcherControls {
    boolean paused;
    long steps;
    long position;
    long head;

    void publish() {
      while (position < head && (!paused || steps > 0)) {
        position++;
        if (paused) steps--;
      }
    }

    @Override
    public void pause() {
      paused = true;
    }

    @Override
    public void resume() {
      paused = false;
      steps = 0;
    }

    @Override
    public void step() {
      steps++;
    }

    @Override
    public boolean paused() {
      return paused;
    }

    @Override
    public long position() {
      return position;
    }

    @Override
    public long head() {
      return head;
    }
  }

  private final FakeDispatcher dispatcher = new FakeDispatcher();
  private final PlaybackViewModel model = new PlaybackViewModel(dispatcher);

  private void tick(long now) {
    Runnable ui = model.onTick(now);
    if (ui != null) ui.run();
  }

  @Test
  void pausing_shows_how_many_events_wait_to_be_published() {
    model.pause();
    dispatcher.head = 12;
    tick(1_000);

    assertThat(dispatcher.paused).isTrue();
    assertThat(model.stateProperty().get()).isEqualTo("paused — 12 waiting");
  }

  @Test
  void step_publishes_exactly_one_event_and_stays_paused() {
    dispatcher.head = 5;
    model.step();
    dispatcher.publish();
    tick(1_000);

    assertThat(dispatcher.position).isEqualTo(1);
    assertThat(model.modeProperty().get()).isEqualTo(PlaybackMode.PAUSED);
    assertThat(model.stateProperty().get()).isEqualTo("paused — 4 waiting");
  }

  @Test
  void slow_motion_publishes_at_most_the_chosen_rate() {
    model.eventsPerSecondProperty().set(2);
    model.slowMotion(true);
    dispatcher.head = 100;
    for (long now = 10_000; now < 15_000; now += 100) {
      tick(now);
      dispatcher.publish();
    }

    assertThat(dispatcher.position).as("5 s at 2 events/s").isBetween(9L, 10L);
    assertThat(model.stateProperty().get()).startsWith("slow motion, 2 events/s — ");
  }

  @Test
  void slow_motion_does_not_pile_up_steps_while_nothing_waits() {
    model.slowMotion(true);
    for (long now = 10_000; now < 20_000; now += 100) tick(now);

    assertThat(dispatcher.steps).isZero();
  }

  @Test
  void resume_runs_at_full_speed_again() {
    model.slowMotion(true);
    model.resume();
    dispatcher.head = 30;
    dispatcher.publish();
    tick(1_000);

    assertThat(dispatcher.paused).isFalse();
    assertThat(dispatcher.position).isEqualTo(30);
    assertThat(model.stateProperty().get()).isEqualTo("running");
  }

  @Test
  void a_resume_from_elsewhere_shows_as_running() {
    model.pause();
    dispatcher.resume();
    tick(1_000);

    assertThat(model.modeProperty().get()).isEqualTo(PlaybackMode.RUNNING);
  }
}
