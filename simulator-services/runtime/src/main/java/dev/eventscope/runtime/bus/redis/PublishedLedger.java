package dev.eventscope.runtime.bus.redis;

import dev.eventscope.runtime.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;

/**
 * What this bus published that its subscribers have not all acknowledged yet, with the Redis
 * instance (run id) that took it. Redis keeps nothing on disk here, so a restart forgets accepted
 * entries; the entries of a forgotten instance are published again (subscribers drop what they
 * already applied). Bounded: past its capacity the oldest are let go and subscribers fill those
 * holes from the store when a later event of the same aggregate reveals them. One
 * {@link LedgerRing} per stream.
 */
final class PublishedLedger {
  private static final Logger LOG = LoggerFactory.getLogger(PublishedLedger.class);

  /** One published entry: where it went (stream and entry id), which Redis instance took it, what it was. */
  record Entry(String stream, long time, long sequence, String runId, StoredEvent event) {
    StreamEntryID id() {
      return new StreamEntryID(time, sequence);
    }
  }

  private final int capacity;
  private final Map<String, LedgerRing> streams = new ConcurrentHashMap<>();
  private final AtomicLong size = new AtomicLong();
  private volatile boolean overflowReported;

  PublishedLedger(int capacity) {
    this.capacity = capacity;
  }

  void record(String stream, StreamEntryID id, String runId, StoredEvent event) {
    record(stream, id.getTime(), id.getSequence(), runId, event);
  }

  void record(String stream, long time, long sequence, String runId, StoredEvent event) {
    LedgerRing ring = streams.get(stream);
    if (ring == null) ring = streams.computeIfAbsent(stream, s -> new LedgerRing());
    ring.add(time, sequence, runId, event);
    if (size.incrementAndGet() > capacity) dropOldest(ring);
  }

  /** Forgets the entries of this Redis instance that {@code acknowledged} says every group has taken. */
  void forget(String stream, String runId, LedgerRing.Acknowledged acknowledged) {
    LedgerRing ring = streams.get(stream);
    if (ring != null) size.addAndGet(-ring.forget(runId, acknowledged));
  }

  /** Takes out, oldest first per stream, every entry a Redis instance other than {@code runId} took. */
  List<Entry> takeForgotten(String runId) {
    List<Entry> forgotten = new ArrayList<>();
    streams.forEach((stream, ring) -> size.addAndGet(-ring.takeOthers(runId, stream, forgotten)));
    return forgotten;
  }

  long size() {
    return size.get();
  }

  private void dropOldest(LedgerRing ring) {
    if (ring.dropOldest()) size.decrementAndGet();
    if (!overflowReported) {
      overflowReported = true;
      LOG.warn("more than {} published events wait for acknowledgement; the oldest are no longer kept for re-publishing", capacity);
    }
  }
}
