package dev.eventscope.contracts.orders;

/** Where an order stands. PENDING is the only status that is not terminal for the saga. */
public enum OrderStatus {
  PENDING,
  CONFIRMED,
  SHIPPED,
  REJECTED,
  CANCELLED;

  public boolean terminal() {
    return this != PENDING;
  }
}
