package dev.eventscope.console.playback;

import dev.eventscope.runtime.outbox.OutboxDispatcher;
import dev.eventscope.runtime.store.EventStore;

/** What the trainer controls need of the outbox dispatcher and the store; a port so tests can fake it. */
public interface DispatcherControls {
  void pause();

  void resume();

  /** While paused: publish exactly one more event. */
  void step();

  boolean paused();

  /** The position of the last event published to the bus. */
  long position();

  /** The store's head: events above {@link #position()} are waiting. */
  long head();

  static DispatcherControls of(OutboxDispatcher dispatcher, EventStore store) {
    return new DispatcherControls() {
      @Override
      public void pause() {
        dispatcher.pause();
      }

      @Override
      public void resume() {
        dispatcher.resume();
      }

      @Override
      public void step() {
        dispatcher.step();
      }

      @Override
      public boolean paused() {
        return dispatcher.paused();
      }

      @Override
      public long position() {
        return dispatcher.position();
      }

      @Override
      public long head() {
        return store.lastPosition();
      }
    };
  }
}
