package dev.eventscope.services.fulfilment.domain;

import java.util.Locale;

/**
 * Where one order's fulfilment stands. The waiting steps have a deadline; the forward ones fail the
 * order when it passes, and {@link #REJECTING_ORDER} asks again. The last four are outcomes.
 */
public enum FulfilmentStep {
  RESERVING_STOCK("stock reservation"),
  AUTHORIZING_PAYMENT("payment authorization"),
  SCHEDULING_SHIPMENT("shipment scheduling"),
  CONFIRMING_ORDER("order confirmation"),
  REJECTING_ORDER("order rejection"),
  CONFIRMED(null),
  SHIPPED(null),
  REJECTED(null),
  CANCELLED(null);

  private final String awaited;

  FulfilmentStep(String awaited) {
    this.awaited = awaited;
  }

  /** What the step waits for, in words ("payment authorization"); null for outcomes. */
  public String awaited() {
    return awaited;
  }

  public boolean waiting() {
    return awaited != null;
  }

  /** A step on the way to a confirmed order (as opposed to the rejection or an outcome). */
  public boolean forward() {
    return waiting() && this != REJECTING_ORDER;
  }

  public boolean finished() {
    return !waiting();
  }

  /** The order ended without being fulfilled, so whatever was reserved or charged goes back. */
  public boolean failed() {
    return this == REJECTED || this == CANCELLED;
  }

  /** The name the console and the API show, e.g. {@code authorizing-payment}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
