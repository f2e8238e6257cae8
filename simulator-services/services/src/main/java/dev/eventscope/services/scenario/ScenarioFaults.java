package dev.eventscope.services.scenario;

import dev.eventscope.runtime.fault.FaultSettings;
import java.util.List;
import java.util.Map;

/**
 * The faults a scenario switches on at the start (or a timeline step changes later). Every field
 * is optional: what is left out keeps its current value. {@code handlers} is keyed by subscriber
 * name ({@code fulfilment}, {@code order-summary}, {@code stock-levels}, {@code notifications},
 * or {@code "*"} for all).
 */
public record ScenarioFaults(
    Double paymentDeclineRate,
    Double stockShortageRate,
    BusFaultSpec bus,
    Map<String, HandlerFaultSpec> handlers,
    Long slowProjectionMs,
    List<OutageWindow> outages) {
  public static final ScenarioFaults NONE = new ScenarioFaults(null, null, null, null, null, null);

  public ScenarioFaults {
    handlers = handlers == null ? Map.of() : Map.copyOf(handlers);
    outages = outages == null ? List.of() : List.copyOf(outages);
    if (slowProjectionMs != null && slowProjectionMs < 0) throw new IllegalArgumentException("slowProjectionMs must not be negative");
    FaultSettings.NONE.withPaymentDeclineRate(paymentDeclineRate == null ? 0 : paymentDeclineRate)
        .withStockShortageRate(stockShortageRate == null ? 0 : stockShortageRate);
  }

  /** These faults laid over {@code current} (outages are timed, so they are not part of it). */
  public FaultSettings applyTo(FaultSettings current) {
    FaultSettings next = current;
    if (paymentDeclineRate != null) next = next.withPaymentDeclineRate(paymentDeclineRate);
    if (stockShortageRate != null) next = next.withStockShortageRate(stockShortageRate);
    if (bus != null) next = next.withBus(bus.applyTo(next.bus()));
    for (Map.Entry<String, HandlerFaultSpec> handler : handlers.entrySet()) next = next.withHandler(handler.getKey(), handler.getValue().toFault());
    if (slowProjectionMs != null) next = next.withSlowProjectionMs(slowProjectionMs);
    return next;
  }
}
