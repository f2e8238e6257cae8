package dev.eventscope.contracts.inventory;

import dev.eventscope.contracts.message.Event;
import java.util.UUID;

/** What happened to a stock item. */
public sealed interface StockEvent extends Event {
  String sku();

  record StockRestocked(String sku, int quantity) implements StockEvent {}

  record StockReserved(String sku, UUID orderId, int quantity) implements StockEvent {}

  record StockReservationFailed(String sku, UUID orderId, int requested, int available) implements StockEvent {}

  record StockReleased(String sku, UUID orderId, int quantity) implements StockEvent {}

  record StockShipped(String sku, UUID orderId, int quantity) implements StockEvent {}
}
