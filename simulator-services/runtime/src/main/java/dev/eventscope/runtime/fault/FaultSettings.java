package dev.eventscope.runtime.fault;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every fault that can be switched on, at one moment: bus faults, handler faults by subscriber
 * name ({@value #EVERY_SUBSCRIBER} for all of them), slow projections, the payment gateway's
 * decline rate, how often simulated customers ask for more than the stock holds, and whether the
 * broker is down. Immutable; {@link Faults} holds the current one.
 */
public record FaultSettings(
    BusFaults bus,
    Map<String, HandlerFault> handlers,
    long slowProjectionMs,
    double paymentDeclineRate,
    double stockShortageRate,
    boolean outage) {
  public static final String EVERY_SUBSCRIBER = "*";
  public static final FaultSettings NONE = new FaultSettings(BusFaults.NONE, Map.of(), 0, 0, 0, false);

  public FaultSettings {
    if (bus == null) bus = BusFaults.NONE;
    handlers = handlers == null ? Map.of() : Map.copyOf(handlers);
    if (slowProjectionMs < 0) throw new IllegalArgumentException("slowProjectionMs must not be negative, got " + slowProjectionMs);
    Rates.check("paymentDeclineRate", paymentDeclineRate);
    Rates.check("stockShortageRate", stockShortageRate);
  }

  /** The handler fault for one subscriber: its own entry, else the one for every subscriber. */
  public HandlerFault handler(String subscriber) {
    HandlerFault own = handlers.get(subscriber);
    if (own != null) return own;
    return handlers.getOrDefault(EVERY_SUBSCRIBER, HandlerFault.NONE);
  }

  public boolean any() {
    return bus.active() || handlers.values().stream().anyMatch(HandlerFault::active) || slowProjectionMs > 0
        || paymentDeclineRate > 0 || stockShortageRate > 0 || outage;
  }

  public FaultSettings withBus(BusFaults value) {
    return new FaultSettings(value, handlers, slowProjectionMs, paymentDeclineRate, stockShortageRate, outage);
  }

  public FaultSettings withHandler(String subscriber, HandlerFault fault) {
    Map<String, HandlerFault> next = new LinkedHashMap<>(handlers);
    if (fault == null || !fault.active()) next.remove(subscriber);
    else next.put(subscriber, fault);
    return new FaultSettings(bus, next, slowProjectionMs, paymentDeclineRate, stockShortageRate, outage);
  }

  public FaultSettings withSlowProjectionMs(long value) {
    return new FaultSettings(bus, handlers, value, paymentDeclineRate, stockShortageRate, outage);
  }

  public FaultSettings withPaymentDeclineRate(double value) {
    return new FaultSettings(bus, handlers, slowProjectionMs, value, stockShortageRate, outage);
  }

  public FaultSettings withStockShortageRate(double value) {
    return new FaultSettings(bus, handlers, slowProjectionMs, paymentDeclineRate, value, outage);
  }

  public FaultSettings withOutage(boolean value) {
    return new FaultSettings(bus, handlers, slowProjectionMs, paymentDeclineRate, stockShortageRate, value);
  }
}
