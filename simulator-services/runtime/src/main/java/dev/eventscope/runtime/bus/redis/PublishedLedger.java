package dev.eventscope.runtime.bus.redis;

import dev.eventscope.runtime.store.StoredEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;

/**
 * What this bus published that its subscribers have not all acknowledged yet, with the Redis
 * instance (run id) that took it. Redis keeps nothing on disk here, so a restart forgets accepted
 * entries; the entries of a forgotten instance are published again (subscribers drop what they
 * already applied). Bounded: past its capacity the oldest are let go and subscribers fill those
 * holes from the store when a later event of the same aggregate reveals them.
 */
final class PublishedLedger {
  private static final Logger LOG = LoggerFactory.getLogger(PublishedLedger.class);

  /** One published entry: where it went, which Redis instance took it, what it was. */
  record Entry(String stream, StreamEntryID id, String runId, StoredEvent event) {}

  private final int capacity;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, ConcurrentSkipListMap<Long, Entry>> streams = new ConcurrentHashMap<>();
  private final AtomicLong size = new AtomicLong();
  private volatile boolean overflowReported;

  PublishedLedger(int capacity) {
    this.capacity = capacity;
  }

  void record(String stream, StreamEntryID id, String runId, StoredEvent event) {
    streams.computeIfAbsent(stream, s -> new ConcurrentSkipListMap<>()).put(sequence.incrementAndGet(), new Entry(stream, id, runId, event));
    if (size.incrementAndGet() > capacity) dropOldest(stream);
  }

  /** Forgets the entries of this Redis instance that {@code acknowledged} says every group has taken. */
  void forget(String stream, String runId, Predicate<StreamEntryID> acknowledged) {
    ConcurrentSkipListMap<Long, Entry> entries = streams.get(stream);
    if (entries == null) return;
    for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      if (!entry.runId().equals(runId)) continue;
      // Ids grow in publish order, so the first one not yet taken ends the sweep.
      if (!acknowledged.test(entry.id())) break;
      it.remove();
      size.decrementAndGet();
    }
  }

  /** Takes out, oldest first per stream, every entry a Redis instance other than {@code runId} took. */
  List<Entry> takeForgotten(String runId) {
    List<Entry> forgotten = new ArrayList<>();
    for (ConcurrentSkipListMap<Long, Entry> entries : streams.values()) {
      for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
        Entry entry = it.next();
        if (entry.runId().equals(runId)) continue;
        forgotten.add(entry);
        it.remove();
        size.decrementAndGet();
      }
    }
    return forgotten;
  }

  long size() {
    return size.get();
  }

  private void dropOldest(String stream) {
    ConcurrentSkipListMap<Long, Entry> entries = streams.get(stream);
    if (entries != null && entries.pollFirstEntry() != null) size.decrementAndGet();
    if (!overflowReported) {
      overflowReported = true;
      LOG.warn("more than {} published events wait for acknowledgement; the oldest are no longer kept for re-publishing", capacity);
    }
  }
}
