package dev.eventscope.runtime.store.memory;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The in-memory store's events, packed: one row per event across columns of primitive arrays, in
 * chunks of {@value #CHUNK} rows, so an event costs 50-70 bytes and no object of its own. Ids are
 * kept as their two longs, the time as nanoseconds since 1970 (an instant outside 1677-2262 in a
 * column of its own); what many events share (type, schema version, source, replay flag, how the
 * causation relates to the correlation) is one {@link Kind}, numbered; the aggregate id and the
 * payload are the caller's objects. The causation columns of a chunk are
 * only made when one of its events has a causation of its own (not none, not the correlation
 * itself, as for the events of a flow's first command). Reading a row builds its
 * {@link StoredEvent} afresh.
 *
 * <p>One writer at a time (the store's append lock). Rows below the count the store publishes
 * through a volatile write are safe to read from any thread.
 */
final class EventRows {
  static final int CHUNK = 1 << 10;
  private static final long FAR = Long.MIN_VALUE; // not a time the column holds: -2^63 ns is in 1677
  private static final int SHIFT = 10;

  /**
   * What many events share, interned. Equality and hash written out: a record's generated ones go
   * through method handles, which the JIT compiles slowly into every append that inlines them.
   */
  private record Kind(String type, int schemaVersion, String source, boolean replay, Causation causation, boolean farTime) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Kind kind && Objects.equals(type, kind.type) && schemaVersion == kind.schemaVersion
          && Objects.equals(source, kind.source) && replay == kind.replay && causation == kind.causation && farTime == kind.farTime;
    }

    @Override
    public int hashCode() {
      int hash = Objects.hashCode(type);
      hash = 31 * hash + schemaVersion;
      hash = 31 * hash + Objects.hashCode(source);
      hash = 31 * hash + causation.ordinal();
      return 4 * hash + (replay ? 2 : 0) + (farTime ? 1 : 0);
    }
  }

  private enum Causation {
    NONE,
    CORRELATION,
    OWN;

    static Causation of(UUID causation, UUID correlation) {
      if (causation == null) return NONE;
      return causation.equals(correlation) ? CORRELATION : OWN;
    }
  }

  private final Map<Kind, Short> kindNumbers = new HashMap<>();
  private volatile Kind[] kinds = new Kind[0];
  private final Kind[] recentKinds = new Kind[4];
  private final short[] recentNumbers = new short[4];
  private int nextRecent;
  private volatile Chunk[] chunks = new Chunk[16];

  /** Writes {@code envelope} into row {@code row} ({@code previous}: the row before it in its stream, or -1). */
  void write(int row, Envelope<Event> envelope, String aggregateId, long version, int previous) {
    Chunk chunk = chunkForWrite(row);
    int i = row & (CHUNK - 1);
    UUID id = envelope.messageId();
    chunk.idHigh[i] = id.getMostSignificantBits();
    chunk.idLow[i] = id.getLeastSignificantBits();
    UUID correlation = envelope.correlationId();
    chunk.correlationHigh[i] = correlation.getMostSignificantBits();
    chunk.correlationLow[i] = correlation.getLeastSignificantBits();
    UUID causation = envelope.causationId();
    Causation causedBy = Causation.of(causation, correlation);
    if (causedBy == Causation.OWN) chunk.causation(i, causation);
    Instant at = envelope.occurredAt();
    long nanos = nanosSince1970(at);
    boolean farTime = nanos == FAR;
    if (farTime) chunk.farTime(i, at);
    else chunk.time[i] = nanos;
    if (version > Integer.MAX_VALUE) throw new IllegalStateException("stream " + aggregateId + " is longer than the memory store holds");
    chunk.version[i] = (int) version;
    chunk.previous[i] = previous;
    chunk.aggregateId[i] = aggregateId;
    chunk.payload[i] = envelope.payload();
    chunk.kind[i] = number(new Kind(envelope.type(), envelope.schemaVersion(), envelope.source(), envelope.replay(), causedBy, farTime));
  }

  private short number(Kind kind) {
    for (int i = 0; i < recentKinds.length; i++) {
      if (kind.equals(recentKinds[i])) return recentNumbers[i]; // a few kinds make most of a run: skip the map
    }
    Short known = kindNumbers.get(kind);
    if (known != null) {
      remember(kind, known);
      return known;
    }
    if (kinds.length > Short.MAX_VALUE) throw new IllegalStateException("more kinds of event than the memory store numbers");
    short next = (short) kinds.length;
    Kind[] more = Arrays.copyOf(kinds, next + 1);
    more[next] = kind;
    kinds = more;
    kindNumbers.put(kind, next);
    remember(kind, next);
    return next;
  }

  private void remember(Kind kind, short number) {
    int slot = nextRecent++ & (recentKinds.length - 1);
    recentKinds[slot] = kind;
    recentNumbers[slot] = number;
  }

  private static long nanosSince1970(Instant at) {
    try {
      return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    } catch (ArithmeticException outsideTheRange) {
      return FAR;
    }
  }

  /** The event in {@code row}, at global position {@code row + 1}. */
  StoredEvent read(int row) {
    Chunk chunk = chunk(row);
    int i = row & (CHUNK - 1);
    Kind kind = kinds[chunk.kind[i]];
    UUID correlation = new UUID(chunk.correlationHigh[i], chunk.correlationLow[i]);
    UUID causation = switch (kind.causation()) {
      case NONE -> null;
      case CORRELATION -> correlation;
      case OWN -> new UUID(chunk.causationHigh[i], chunk.causationLow[i]);
    };
    Envelope<Event> envelope = new Envelope<>(new UUID(chunk.idHigh[i], chunk.idLow[i]), kind.type(), kind.schemaVersion(),
        correlation, causation,
        kind.farTime() ? chunk.farTimes[i] : Instant.ofEpochSecond(0, chunk.time[i]), kind.source(), kind.replay(), chunk.aggregateId[i],
        chunk.version[i], (Event) chunk.payload[i]);
    return new StoredEvent(row + 1L, envelope);
  }

  long version(int row) {
    return chunk(row).version[row & (CHUNK - 1)];
  }

  int previous(int row) {
    return chunk(row).previous[row & (CHUNK - 1)];
  }

  String aggregateId(int row) {
    return chunk(row).aggregateId[row & (CHUNK - 1)];
  }

  boolean holdsMessage(int row, UUID messageId) {
    Chunk chunk = chunk(row);
    int i = row & (CHUNK - 1);
    return chunk.idHigh[i] == messageId.getMostSignificantBits() && chunk.idLow[i] == messageId.getLeastSignificantBits();
  }

  private Chunk chunk(int row) {
    return chunks[row >>> SHIFT];
  }

  private Chunk chunkForWrite(int row) {
    int index = row >>> SHIFT;
    Chunk[] current = chunks;
    if (index >= current.length) {
      current = Arrays.copyOf(current, Math.max(index + 1, current.length * 2));
    }
    if (current[index] == null) current[index] = new Chunk();
    chunks = current; // readers see a grown array only with its chunks in place
    return current[index];
  }

  private static final class Chunk {
    final long[] idHigh = new long[CHUNK];
    final long[] idLow = new long[CHUNK];
    final long[] correlationHigh = new long[CHUNK];
    final long[] correlationLow = new long[CHUNK];
    final long[] time = new long[CHUNK];
    final int[] version = new int[CHUNK];
    final int[] previous = new int[CHUNK];
    final String[] aggregateId = new String[CHUNK];
    final Object[] payload = new Object[CHUNK];
    final short[] kind = new short[CHUNK];
    long[] causationHigh;
    long[] causationLow;
    Instant[] farTimes;

    void farTime(int i, Instant at) {
      if (farTimes == null) farTimes = new Instant[CHUNK];
      farTimes[i] = at;
    }

    void causation(int i, UUID causation) {
      if (causationHigh == null) {
        causationLow = new long[CHUNK];
        causationHigh = new long[CHUNK]; // readers find it only after a published count, as the row itself
      }
      causationHigh[i] = causation.getMostSignificantBits();
      causationLow[i] = causation.getLeastSignificantBits();
    }
  }
}
