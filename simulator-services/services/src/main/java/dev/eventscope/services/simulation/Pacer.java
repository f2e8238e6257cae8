package dev.eventscope.services.simulation;

import dev.eventscope.services.scenario.LoadProfile;
import java.time.Duration;

/**
 * Hands out the run's orders one at a time with the moment each is due, following a load
 * profile: order i+1 is due 1/rate after order i, at the rate of that moment. Ends after
 * {@code maxOrders}, at {@code duration}, or when stopped, whichever comes first.
 */
public final class Pacer {
  private final LoadProfile load;
  private final Integer maxOrders;
  private final Duration duration;
  private long startNanos;
  private long nextDueNanos;
  private int issued;
  private volatile boolean stopped;

  /** One order due at a moment ({@link System#nanoTime()}). */
  public record Ticket(int index, long dueNanos) {}

  public Pacer(LoadProfile load, Integer maxOrders, Duration duration) {
    this.load = load;
    this.maxOrders = maxOrders;
    this.duration = duration;
  }

  public synchronized void start(long nanos) {
    startNanos = nanos;
    nextDueNanos = nanos;
  }

  /** The next order to place, or null when the run has placed all it should. */
  public synchronized Ticket next() {
    if (stopped || maxOrders != null && issued >= maxOrders) return null;
    if (duration != null && nextDueNanos - startNanos >= duration.toNanos()) return null;
    Ticket ticket = new Ticket(issued++, nextDueNanos);
    double rate = load.rateAt((nextDueNanos - startNanos) / 1e9);
    if (rate != Double.POSITIVE_INFINITY) nextDueNanos += (long) (1e9 / rate);
    return ticket;
  }

  public void stop() {
    stopped = true;
  }

  public boolean stopped() {
    return stopped;
  }

  public synchronized int issued() {
    return issued;
  }
}
