package dev.eventscope.services.inventory.domain;

import java.util.UUID;

/**
 * The orders whose reservation on one SKU is over (released, shipped or refused), kept so a
 * repeated command for them is recognised as already done.
 *
 * <p>An immutable linked list rather than a copied set: a popular SKU's stream holds thousands of
 * reservations and is replayed on every command, so adding must be O(1) or loading becomes
 * quadratic. Looking up is linear, but happens once per command, like the replay itself.
 */
public final class SettledReservations {
  private static final SettledReservations NONE = new SettledReservations(null, null, null);

  private final UUID orderId;
  private final Settlement settlement;
  private final SettledReservations next;

  private SettledReservations(UUID orderId, Settlement settlement, SettledReservations next) {
    this.orderId = orderId;
    this.settlement = settlement;
    this.next = next;
  }

  public static SettledReservations none() {
    return NONE;
  }

  public SettledReservations with(UUID order, Settlement how) {
    return new SettledReservations(order, how, this);
  }

  /** How the order's reservation ended, or null if it has not ended (or never existed). */
  public Settlement of(UUID order) {
    for (SettledReservations cell = this; cell != NONE; cell = cell.next) {
      if (cell.orderId.equals(order)) return cell.settlement;
    }
    return null;
  }

  /** How a reservation ended. */
  public enum Settlement {
    RELEASED,
    SHIPPED,
    REFUSED
  }
}
