package dev.eventscope.services.fleet;

import dev.eventscope.runtime.bus.broker.EventWire;

/**
 * The headers a command carries over HTTP from one service to another: the same {@code es-*}
 * names the brokers' messages carry, plus the sender, so the receiving process continues the
 * flow (same correlation, the cause it came from, the sender as the hop's origin).
 */
public final class CommandHeaders {
  public static final String MESSAGE_ID = EventWire.MESSAGE_ID;
  public static final String CORRELATION_ID = EventWire.CORRELATION_ID;
  public static final String CAUSATION_ID = EventWire.CAUSATION_ID;
  public static final String SOURCE = "es-source";

  private CommandHeaders() {}
}
