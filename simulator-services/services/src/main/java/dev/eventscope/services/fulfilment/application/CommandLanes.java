package dev.eventscope.services.fulfilment.application;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * How the saga sends its commands. In one process a command is handled in microseconds, so it is
 * sent on the delivering thread ({@link #INLINE}), which keeps a seed's outcome deterministic.
 * Across processes each command is a network round trip, and sending them one after another
 * would make every order wait for all the others: {@link #concurrent} sends each order's commands
 * in order on its own lane, different orders side by side.
 */
public interface CommandLanes {
  CommandLanes INLINE = (orderId, send) -> send.run();

  /** Runs {@code send} (one order's commands, in order) on that order's lane. */
  void send(UUID orderId, Runnable send);

  /** {@code lanes} daemon threads; an order always uses the same one, so its commands keep their order. */
  static CommandLanes concurrent(int lanes) {
    ExecutorService[] executors = new ExecutorService[lanes];
    for (int i = 0; i < lanes; i++) {
      String name = "saga-lane-" + i;
      executors[i] = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
      });
    }
    return (orderId, send) -> executors[Math.floorMod(orderId.hashCode(), lanes)].execute(send);
  }

  /** Adapts a per-command sender to one order's batch. */
  static <T> Runnable each(Iterable<T> items, Consumer<T> action) {
    return () -> items.forEach(action);
  }
}
