package dev.eventscope.services.shipping.domain;

/** Where a shipment stands. */
public enum ShipmentStatus {
  SCHEDULED,
  DISPATCHED,
  DELIVERED
}
