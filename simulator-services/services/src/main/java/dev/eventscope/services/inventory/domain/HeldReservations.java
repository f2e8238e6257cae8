package dev.eventscope.services.inventory.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The reservations still holding stock of one SKU: order id → quantity, with their total.
 *
 * <p>Immutable and structure-sharing (a hash array mapped trie): adding or removing one reservation
 * copies a handful of small nodes, not the whole map. A SKU whose orders are reserved but not yet
 * shipped can hold tens of thousands of them; with a copied map every reservation, and every
 * replay of the stream, grew with that number. The total is kept as it changes, so the available
 * stock is known without summing.
 */
public final class HeldReservations {
  private static final int BITS = 5;
  private static final int MASK = (1 << BITS) - 1;
  private static final HeldReservations NONE = new HeldReservations(Node.EMPTY, 0, 0);

  private final Node root;
  private final int size;
  private final long total;

  private HeldReservations(Node root, int size, long total) {
    this.root = root;
    this.size = size;
    this.total = total;
  }

  public static HeldReservations none() {
    return NONE;
  }

  /** The quantity held for {@code orderId}, or null. */
  public Integer of(UUID orderId) {
    return root.get(orderId, hash(orderId), 0);
  }

  public HeldReservations with(UUID orderId, int quantity) {
    Integer before = of(orderId);
    Node next = root.with(new Entry(orderId, hash(orderId), quantity), 0);
    return before == null
        ? new HeldReservations(next, size + 1, total + quantity)
        : new HeldReservations(next, size, total - before + quantity);
  }

  public HeldReservations without(UUID orderId) {
    Integer before = of(orderId);
    if (before == null) return this;
    return new HeldReservations(root.without(orderId, hash(orderId), 0), size - 1, total - before);
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** The units held in all. */
  public long total() {
    return total;
  }

  /** A copy as a map (for showing and comparing; not on any hot path). */
  public Map<UUID, Integer> asMap() {
    Map<UUID, Integer> map = new LinkedHashMap<>();
    root.copyInto(map);
    return map;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HeldReservations held && held.size == size && held.total == total && held.asMap().equals(asMap());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  /** At most ten reservations, then how many more. */
  @Override
  public String toString() {
    StringJoiner shown = new StringJoiner(", ", "{", "}");
    int listed = 0;
    for (Map.Entry<UUID, Integer> entry : asMap().entrySet()) {
      if (listed++ == 10) {
        shown.add("… " + (size - 10) + " more");
        break;
      }
      shown.add(entry.getKey() + "=" + entry.getValue());
    }
    return shown.toString();
  }

  private static int hash(UUID id) {
    int h = id.hashCode() * 0x9E3779B1;
    return h ^ (h >>> 16);
  }

  private record Entry(UUID key, int hash, int quantity) {}

  /**
   * A trie node: a bitmap of the 32 branches in use at this depth and, packed, what each holds (an
   * {@link Entry} or a deeper node). Below the last level, where whole hashes collide, the node is a
   * plain list of entries (bitmap unused).
   */
  private static final class Node {
    static final Node EMPTY = new Node(0, new Object[0]);

    final int bitmap;
    final Object[] slots;

    Node(int bitmap, Object[] slots) {
      this.bitmap = bitmap;
      this.slots = slots;
    }

    Integer get(UUID key, int hash, int shift) {
      if (shift >= Integer.SIZE) {
        for (Object slot : slots) if (((Entry) slot).key().equals(key)) return ((Entry) slot).quantity();
        return null;
      }
      int bit = bit(hash, shift);
      if ((bitmap & bit) == 0) return null;
      Object slot = slots[index(bit)];
      if (slot instanceof Node child) return child.get(key, hash, shift + BITS);
      Entry entry = (Entry) slot;
      return entry.key().equals(key) ? entry.quantity() : null;
    }

    Node with(Entry added, int shift) {
      if (shift >= Integer.SIZE) return withColliding(added);
      int bit = bit(added.hash(), shift);
      int at = index(bit);
      if ((bitmap & bit) == 0) return new Node(bitmap | bit, inserted(slots, at, added));
      Object slot = slots[at];
      Object replacement;
      if (slot instanceof Node child) {
        replacement = child.with(added, shift + BITS);
      } else if (((Entry) slot).key().equals(added.key())) {
        replacement = added;
      } else {
        replacement = EMPTY.with((Entry) slot, shift + BITS).with(added, shift + BITS);
      }
      return new Node(bitmap, replaced(slots, at, replacement));
    }

    Node without(UUID key, int hash, int shift) {
      if (shift >= Integer.SIZE) return withoutColliding(key);
      int bit = bit(hash, shift);
      if ((bitmap & bit) == 0) return this;
      int at = index(bit);
      Object slot = slots[at];
      if (slot instanceof Node child) {
        Node smaller = child.without(key, hash, shift + BITS);
        if (smaller == child) return this;
        return smaller.slots.length == 0 ? removed(bit, at) : new Node(bitmap, replaced(slots, at, smaller));
      }
      return ((Entry) slot).key().equals(key) ? removed(bit, at) : this;
    }

    void copyInto(Map<UUID, Integer> map) {
      for (Object slot : slots) {
        if (slot instanceof Node child) child.copyInto(map);
        else map.put(((Entry) slot).key(), ((Entry) slot).quantity());
      }
    }

    private Node withColliding(Entry added) {
      for (int i = 0; i < slots.length; i++) {
        if (((Entry) slots[i]).key().equals(added.key())) return new Node(0, replaced(slots, i, added));
      }
      return new Node(0, inserted(slots, slots.length, added));
    }

    private Node withoutColliding(UUID key) {
      for (int i = 0; i < slots.length; i++) {
        if (((Entry) slots[i]).key().equals(key)) return slots.length == 1 ? EMPTY : new Node(0, without(slots, i));
      }
      return this;
    }

    private Node removed(int bit, int at) {
      return bitmap == bit ? EMPTY : new Node(bitmap & ~bit, without(slots, at));
    }

    private int index(int bit) {
      return Integer.bitCount(bitmap & (bit - 1));
    }

    private static int bit(int hash, int shift) {
      return 1 << ((hash >>> shift) & MASK);
    }

    private static Object[] inserted(Object[] slots, int at, Object value) {
      Object[] copy = new Object[slots.length + 1];
      System.arraycopy(slots, 0, copy, 0, at);
      copy[at] = value;
      System.arraycopy(slots, at, copy, at + 1, slots.length - at);
      return copy;
    }

    private static Object[] replaced(Object[] slots, int at, Object value) {
      Object[] copy = slots.clone();
      copy[at] = value;
      return copy;
    }

    private static Object[] without(Object[] slots, int at) {
      Object[] copy = new Object[slots.length - 1];
      System.arraycopy(slots, 0, copy, 0, at);
      System.arraycopy(slots, at + 1, copy, at, slots.length - at - 1);
      return copy;
    }
  }
}
