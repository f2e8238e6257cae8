package dev.eventscope.runtime.store.memory;

/**
 * Each stream's last row in {@link EventRows}, by aggregate id: an open-addressing table whose
 * slots hold the key's hash and the row number in one long, so a stream costs about a dozen bytes
 * and no object, and probing compares hashes without touching the rows; the key itself is read
 * back from the row only when the hashes match. Rows link to the row before them in their stream,
 * so the head is all a stream needs.
 *
 * <p>One writer at a time (the store's append lock). A reader outside the lock passes the row count
 * the store last published: rows below it are readable, so their keys can be compared; meeting a
 * matching hash of a row at or above it (an append under way), it answers {@link #UNSURE} and the
 * reader asks again under the lock.
 */
final class StreamHeads {
  static final int NONE = -1;
  static final int UNSURE = -2;
  private static final long EMPTY = 0;

  private final EventRows rows;
  private volatile long[] slots = new long[64];
  private int streams;

  StreamHeads(EventRows rows) {
    this.rows = rows;
  }

  /** The last row of the stream among the first {@code readable} rows: the row, {@link #NONE} or {@link #UNSURE}. */
  int head(String aggregateId, int readable) {
    long[] table = slots;
    int mask = table.length - 1;
    int hash = spread(aggregateId.hashCode());
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      long slot = table[i];
      if (slot == EMPTY) return NONE;
      if (hashOf(slot) != hash) continue;
      int row = rowOf(slot);
      if (row >= readable) return UNSURE;
      if (aggregateId.equals(rows.aggregateId(row))) return row;
    }
  }

  /** Makes {@code row} (already written) the head of its stream. Writer only. */
  void advance(String aggregateId, int row) {
    long[] table = slots;
    int mask = table.length - 1;
    int hash = spread(aggregateId.hashCode());
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      long slot = table[i];
      if (slot == EMPTY) {
        table[i] = slot(hash, row);
        if (++streams * 5 > table.length * 4) slots = grown(table); // at 80% full: probes compare hashes in one array
        return;
      }
      if (hashOf(slot) == hash && aggregateId.equals(rows.aggregateId(rowOf(slot)))) {
        table[i] = slot(hash, row);
        return;
      }
    }
  }

  private static long[] grown(long[] table) {
    long[] bigger = new long[table.length * 2];
    int mask = bigger.length - 1;
    for (long slot : table) {
      if (slot == EMPTY) continue;
      int i = hashOf(slot) & mask;
      while (bigger[i] != EMPTY) i = (i + 1) & mask;
      bigger[i] = slot;
    }
    return bigger;
  }

  private static long slot(int hash, int row) {
    return (long) hash << 32 | (row + 1L);
  }

  private static int hashOf(long slot) {
    return (int) (slot >>> 32);
  }

  private static int rowOf(long slot) {
    return (int) slot - 1;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B1;
    return h ^ (h >>> 16);
  }
}
