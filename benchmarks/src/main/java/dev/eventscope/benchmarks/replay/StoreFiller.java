package dev.eventscope.benchmarks.replay;

import dev.eventscope.benchmarks.OrderRules;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.runtime.store.EventStore;
import java.util.List;
import java.util.UUID;

/**
 * Fills a store through its own append, as the orders context would: per order one stream of two
 * events, OrderPlaced then OrderConfirmed, in one append (so a million events are half a million
 * appends).
 */
final class StoreFiller {
  private StoreFiller() {}

  /** Appends orders until the store holds at least {@code events} events; answers how many it holds. */
  static long fill(EventStore store, long events, Runnable everyHundredThousand) {
    int placedVersion = OrderFulfilmentContracts.registry().of(OrderPlaced.class).version();
    int confirmedVersion = OrderFulfilmentContracts.registry().of(OrderConfirmed.class).version();
    long appended = 0;
    while (appended < events) {
      UUID orderId = UUID.randomUUID();
      Envelope<Event> placed = Envelope.first(
          new OrderPlaced(orderId, "customer-" + (appended % 1_000), OrderRules.LINES, 3_490, "EUR", null), placedVersion,
          OrderFulfilmentContracts.ORDERS);
      Envelope<Event> confirmed = placed.causes(new OrderConfirmed(orderId), confirmedVersion, OrderFulfilmentContracts.ORDERS);
      store.append(orderId.toString(), 0, List.of(placed, confirmed));
      appended += 2;
      if (appended % 100_000 == 0) everyHundredThousand.run();
    }
    return store.lastPosition();
  }
}
