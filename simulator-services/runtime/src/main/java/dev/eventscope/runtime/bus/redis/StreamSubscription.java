package dev.eventscope.runtime.bus.redis;

import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.bus.broker.ConsumerRetry;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamPendingEntry;
import redis.clients.jedis.util.SafeEncoder;

/**
 * One subscriber's consumer-group member: a thread with a connection of its own that blocks on
 * XREADGROUP over the subscriber's streams, hands each entry to the consumer and acknowledges it
 * only afterwards. Entries it could not acknowledge (connection lost) stay pending and are read
 * again, its own first; entries of members that died are claimed after {@code redeliverAfter}.
 * An entry the consumer cannot take yet (it throws: its store is down, or it waits for the entry's
 * predecessor) stops the read there and stays pending; after a growing wait the member reads its
 * pending entries again, with a claim round in front — one that, while the consumer waits, takes
 * entries idle for {@value #WAITING_CLAIM_IDLE_MS} ms already: the predecessor a killed member
 * held comes within seconds, where retrying in place would wait for it for ever. (Taking one a
 * live member is still working on is harmless: subscribers recognise a message applied twice.)
 * Entries come as bytes (binary XREADGROUP: a body reaches the decoder as Redis holds it), and the
 * XACK for what the consumer took goes out in one round trip with the next read, in front of it.
 * Entries it cannot even decode go to the context's dead stream. Handler failures never reach
 * here: the consumer parks those itself (see {@code ReliableSubscriber}).
 */
final class StreamSubscription {
  private static final Logger LOG = LoggerFactory.getLogger(StreamSubscription.class);
  static final String BODY = "body";
  private static final byte[] BODY_KEY = SafeEncoder.encode(BODY);
  private static final byte[] OWN_PENDING = SafeEncoder.encode("0-0");
  private static final byte[] UNDELIVERED = SafeEncoder.encode(StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY.toString());
  private static final int BATCH = 128;
  private static final int BLOCK_MS = 100;
  static final long WAITING_CLAIM_IDLE_MS = 2_000;

  private final RedisEndpoint endpoint;
  private final String group;
  private final String member;
  private final List<String> streams;
  private final StreamNames names;
  private final EventConsumer consumer;
  private final EventWire wire;
  private final BusSettings settings;
  private final byte[] groupKey;
  private final byte[] memberKey;
  private final byte[][] streamKeys;
  /** What the consumer took and Redis has not been told yet: acknowledged in front of the next read. */
  private final List<Taken> unacknowledged = new ArrayList<>();
  private final Refusals refusals;
  private volatile boolean running;
  private Thread thread;

  StreamSubscription(RedisEndpoint endpoint, String group, List<String> streams, StreamNames names, EventConsumer consumer,
      EventWire wire, BusSettings settings) {
    this.endpoint = endpoint;
    this.group = group;
    this.member = group + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    this.streams = List.copyOf(streams);
    this.names = names;
    this.consumer = consumer;
    this.wire = wire;
    this.settings = settings;
    this.groupKey = SafeEncoder.encode(group);
    this.memberKey = SafeEncoder.encode(member);
    this.streamKeys = this.streams.stream().map(SafeEncoder::encode).toArray(byte[][]::new);
    this.refusals = new Refusals(group);
  }

  /** Ids of one stream the consumer took. */
  private record Taken(byte[] stream, byte[][] ids) {}

  String group() {
    return group;
  }

  List<String> streams() {
    return streams;
  }

  /**
   * Makes the groups (new ones see only what is published from now on: the store catch-up before
   * the bus started covered the past), then starts reading.
   */
  void start(Jedis setup) {
    createGroups(setup, StreamEntryID.XGROUP_LAST_ENTRY);
    running = true;
    thread = new Thread(this::run, "bus-redis-" + group);
    thread.setDaemon(true);
    thread.start();
  }

  void stop() {
    running = false;
    if (thread == null) return;
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Leaves the group tidy: a member with nothing pending is removed (one with pending entries stays for a claim). */
  void leave(Jedis redis) {
    for (String stream : streams) {
      try {
        List<StreamPendingEntry> mine = redis.xpending(stream, group, XPendingParams.xPendingParams().count(1).consumer(member));
        if (mine.isEmpty()) redis.xgroupDelConsumer(stream, group, member);
      } catch (JedisDataException e) {
        LOG.debug("could not remove member {} of {} on {}: {}", member, group, stream, e.getMessage());
      }
    }
  }

  private void createGroups(Jedis redis, StreamEntryID from) {
    for (String stream : streams) {
      try {
        redis.xgroupCreate(stream, group, from, true);
      } catch (JedisDataException e) {
        if (!RedisErrors.busyGroup(e)) throw e;
      }
    }
  }

  private void run() {
    Jedis redis = null;
    boolean ownPendingFirst = true;
    long backoffMs = 100;
    long nextClaim = 0;
    boolean reportedDown = false;
    while (running) {
      try {
        if (redis == null) redis = endpoint.connect();
        if (reportedDown) LOG.info("{} reads from Redis at {} again", group, endpoint.shown());
        reportedDown = false;
        backoffMs = 100;
        boolean claimDue = System.currentTimeMillis() >= nextClaim;
        if (claimDue || refusals.waiting()) {
          acknowledge(redis);
          long minIdleMs = claimDue ? redeliverAfterMs() : Math.min(WAITING_CLAIM_IDLE_MS, redeliverAfterMs());
          ownPendingFirst |= claimFromSilentMembers(redis, minIdleMs);
          if (claimDue) nextClaim = System.currentTimeMillis() + Math.max(100, redeliverAfterMs() / 2);
        }
        ownPendingFirst = readOnce(redis, ownPendingFirst);
        long waitMs = refusals.waitBeforeNextRead();
        if (waitMs > 0) ConsumerRetry.pause(waitMs, () -> running);
      } catch (JedisConnectionException e) {
        if (!reportedDown) LOG.warn("{} lost Redis at {}, reconnecting: {}", group, endpoint.shown(), RedisEndpoint.rootMessage(e));
        reportedDown = true;
        redis = close(redis);
        sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 5_000);
      } catch (JedisDataException e) {
        if (RedisErrors.noGroup(e)) {
          // Redis forgot the group (restarted empty): everything in the new stream is unread.
          LOG.warn("{} found its group gone on Redis at {}; creating it again", group, endpoint.shown());
          createGroups(redis, new StreamEntryID(0, 0));
          ownPendingFirst = false;
        } else {
          LOG.warn("{} could not read from Redis: {}", group, e.getMessage());
          sleep(backoffMs);
        }
      } catch (RuntimeException e) {
        LOG.error("{} reader failed; continuing", group, e);
        sleep(backoffMs);
      }
    }
    if (redis != null) {
      try {
        acknowledge(redis);
        leave(redis);
      } catch (RuntimeException e) {
        LOG.debug("{} could not leave tidily: {}", group, e.toString());
      }
      close(redis);
    }
  }

  /**
   * Reads one batch (its own pending entries first when asked), the XACK of what the consumer
   * took last time going out in front of it in the same round trip; answers whether own pending
   * entries remain.
   */
  private boolean readOnce(Jedis redis, boolean ownPending) {
    XReadGroupParams params = XReadGroupParams.xReadGroupParams().count(BATCH);
    if (!ownPending) params.block(BLOCK_MS);
    List<Object> reply;
    try (Pipeline pipeline = redis.pipelined()) {
      for (Taken taken : unacknowledged) pipeline.xack(taken.stream(), groupKey, taken.ids());
      Response<List<Object>> read = pipeline.xreadGroup(groupKey, memberKey, params, from(ownPending));
      pipeline.sync();
      // Redis processed the XACKs before the read (one connection answers in order).
      unacknowledged.clear();
      reply = read.get();
    }
    boolean any = false;
    for (StreamReply perStream : StreamReply.parse(reply)) {
      // Acknowledged only for entries the consumer took: a crash before the XACK goes out means
      // redelivery of a few applied ones, which the subscriber recognises.
      List<byte[]> taken = new ArrayList<>(perStream.entries().size());
      try {
        for (StreamReply.Entry entry : perStream.entries()) {
          any = true;
          if (!running || !deliver(redis, perStream, entry)) return true;
          taken.add(entry.id());
        }
      } finally {
        if (!taken.isEmpty()) unacknowledged.add(new Taken(perStream.key(), taken.toArray(byte[][]::new)));
      }
    }
    return ownPending && any;
  }

  /** Tells Redis now what the consumer took (before a claim round and before leaving). */
  private void acknowledge(Jedis redis) {
    for (Taken taken : unacknowledged) redis.xack(taken.stream(), groupKey, taken.ids());
    unacknowledged.clear();
  }

  @SuppressWarnings("unchecked")
  private Map.Entry<byte[], byte[]>[] from(boolean ownPending) {
    Map.Entry<byte[], byte[]>[] from = new Map.Entry[streamKeys.length];
    for (int i = 0; i < from.length; i++) {
      from[i] = new AbstractMap.SimpleImmutableEntry<>(streamKeys[i], ownPending ? OWN_PENDING : UNDELIVERED);
    }
    return from;
  }

  /**
   * Hands one entry over; true when it is done with (to be acknowledged), false when the consumer
   * refused it (it stays pending: offered again after a wait, or to the next member if the bus closes).
   */
  private boolean deliver(Jedis redis, StreamReply stream, StreamReply.Entry entry) {
    byte[] body = entry.field(BODY_KEY);
    // Pending but deleted from the stream (trimmed): nothing left to deliver.
    if (body == null) return true;
    StoredEvent event;
    try {
      event = wire.decode(body);
    } catch (ContractException e) {
      String name = stream.stream();
      LOG.error("{} cannot read entry {} of {}: {}; moved to {}", group, entry.entryId(), name, e.getMessage(), names.dead(name));
      deadLetter(redis, name, entry, "unreadable: " + e.getMessage());
      return true;
    }
    try {
      consumer.accept(event);
    } catch (RuntimeException e) {
      refusals.refused(entry.id(), event.position(), e);
      return false;
    }
    refusals.taken(entry.id(), event.position());
    return true;
  }

  private void deadLetter(Jedis redis, String stream, StreamReply.Entry entry, String error) {
    Map<String, String> fields = new LinkedHashMap<>(entry.textFields());
    fields.put("subscriber", group);
    fields.put("stream", stream);
    fields.put("entry", entry.entryId().toString());
    fields.put("error", error);
    redis.xadd(names.dead(stream), StreamEntryID.NEW_ENTRY, fields);
  }

  private long redeliverAfterMs() {
    return settings.redeliverAfter().toMillis();
  }

  /** Takes over entries other members left unacknowledged for {@code minIdleMs}; true when it took any. */
  private boolean claimFromSilentMembers(Jedis redis, long minIdleMs) {
    boolean claimed = false;
    for (String stream : streams) {
      Map.Entry<StreamEntryID, List<StreamEntryID>> result = redis.xautoclaimJustId(stream, group, member,
          minIdleMs, new StreamEntryID(0, 0), XAutoClaimParams.xAutoClaimParams().count(BATCH));
      if (!result.getValue().isEmpty()) {
        LOG.info("{} took over {} entries of {} that a silent member left unacknowledged", group, result.getValue().size(), stream);
        claimed = true;
      }
    }
    return claimed;
  }

  private static Jedis close(Jedis redis) {
    if (redis != null) {
      try {
        redis.close();
      } catch (RuntimeException ignored) {
        // The connection is already broken; closing is best effort.
      }
    }
    return null;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
