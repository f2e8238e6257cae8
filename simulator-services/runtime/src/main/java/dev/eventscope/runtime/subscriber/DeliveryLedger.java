package dev.eventscope.runtime.subscriber;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each subscriber did with each stored event, by position: applied (once, or — a bug —
 * more than once) or parked. One bit per event and subscriber, so it can stay on for a whole
 * run; checkers compare it with the store to find what was lost.
 */
public final class DeliveryLedger {
  private final Map<String, Book> books = new ConcurrentHashMap<>();

  /** One subscriber's record. */
  public static final class Book {
    private final BitSet applied = new BitSet();
    private final BitSet twice = new BitSet();
    private final BitSet parked = new BitSet();

    synchronized void applied(long position) {
      int index = index(position);
      if (applied.get(index)) twice.set(index);
      applied.set(index);
      parked.clear(index);
    }

    synchronized void parked(long position) {
      parked.set(index(position));
    }

    public synchronized boolean applied(long position, boolean more) {
      return more ? twice.get(index(position)) : applied.get(index(position));
    }

    public synchronized boolean parkedAt(long position) {
      return parked.get(index(position));
    }

    private static int index(long position) {
      if (position < 0 || position > Integer.MAX_VALUE) throw new IllegalArgumentException("position out of the ledger's range: " + position);
      return (int) position;
    }
  }

  public void applied(String subscriber, long position) {
    book(subscriber).applied(position);
  }

  public void parked(String subscriber, long position) {
    book(subscriber).parked(position);
  }

  /** The record of one subscriber (empty if it never applied anything). */
  public Book book(String subscriber) {
    return books.computeIfAbsent(subscriber, name -> new Book());
  }
}
