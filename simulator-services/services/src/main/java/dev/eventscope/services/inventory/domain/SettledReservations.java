package dev.eventscope.services.inventory.domain;

import java.util.UUID;

/**
 * The orders whose reservation on one SKU is over (released, shipped or refused), kept so a
 * repeated command for them is recognised as already done.
 *
 * <p>An immutable linked list rather than a copied set: a popular SKU's stream holds thousands of
 * reservations and is replayed on every command, so adding must be O(1) or loading becomes
 * quadratic. Looking up is linear, but happens once per command, like the replay itself.
 *
 * <p>Bounded, so a SKU sold for hours keeps flat memory and constant lookups: only the latest
 * {@value #KEPT} to twice as many settlements are remembered (the list is cut back to the newest
 * {@value #KEPT} when it reaches twice that — the same cuts on every replay, so a state never
 * depends on caching). Repeated commands come within seconds of the original (the saga's retries and
 * its re-sends at start-up, for fulfilments still waiting), far inside that window; and a
 * reservation repeated after its order's rejection is released again by the saga.
 */
public final class SettledReservations {
  static final int KEPT = 1_024;
  private static final SettledReservations NONE = new SettledReservations(null, null, null, 0);

  private final UUID orderId;
  private final Settlement settlement;
  private final SettledReservations next;
  private final int size;

  private SettledReservations(UUID orderId, Settlement settlement, SettledReservations next, int size) {
    this.orderId = orderId;
    this.settlement = settlement;
    this.next = next;
    this.size = size;
  }

  public static SettledReservations none() {
    return NONE;
  }

  public SettledReservations with(UUID order, Settlement how) {
    SettledReservations kept = size >= 2 * KEPT - 1 ? newest(KEPT - 1) : this;
    return new SettledReservations(order, how, kept, kept.size + 1);
  }

  public int size() {
    return size;
  }

  /** A copy of the newest {@code count} settlements, in the same order. */
  private SettledReservations newest(int count) {
    SettledReservations[] cells = new SettledReservations[count];
    SettledReservations cell = this;
    for (int i = 0; i < count; i++, cell = cell.next) cells[i] = cell;
    SettledReservations copy = NONE;
    for (int i = count - 1; i >= 0; i--) copy = new SettledReservations(cells[i].orderId, cells[i].settlement, copy, copy.size + 1);
    return copy;
  }

  /** How the order's reservation ended, or null if it has not ended (or never existed). */
  public Settlement of(UUID order) {
    for (SettledReservations cell = this; cell != NONE; cell = cell.next) {
      if (cell.orderId.equals(order)) return cell.settlement;
    }
    return null;
  }

  /** The count, the newest first (what {@code eventscope inspect} shows of a stock item). */
  @Override
  public String toString() {
    return size + " settled" + (size == 0 ? "" : ", newest " + orderId + "=" + settlement);
  }

  /** How a reservation ended. */
  public enum Settlement {
    RELEASED,
    SHIPPED,
    REFUSED
  }
}
