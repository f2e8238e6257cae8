package dev.eventscope.runtime.bus.redis;

import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.bus.broker.ConsumerRetry;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamPendingEntry;

/**
 * One subscriber's consumer-group member: a thread with a connection of its own that blocks on
 * XREADGROUP over the subscriber's streams, hands each entry to the consumer and acknowledges it
 * only afterwards. Entries it could not acknowledge (connection lost) stay pending and are read
 * again, its own first; entries of members that died are claimed after {@code redeliverAfter}.
 * Entries it cannot even decode go to the context's dead stream. Handler failures never reach
 * here: the consumer parks those itself (see {@code ReliableSubscriber}).
 */
final class StreamSubscription {
  private static final Logger LOG = LoggerFactory.getLogger(StreamSubscription.class);
  static final String BODY = "body";
  private static final int BATCH = 128;
  private static final int BLOCK_MS = 100;

  private final RedisEndpoint endpoint;
  private final String group;
  private final String member;
  private final List<String> streams;
  private final StreamNames names;
  private final EventConsumer consumer;
  private final EventWire wire;
  private final BusSettings settings;
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
  }

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
        if (System.currentTimeMillis() >= nextClaim) {
          ownPendingFirst |= claimFromDeadMembers(redis);
          nextClaim = System.currentTimeMillis() + Math.max(100, settings.redeliverAfter().toMillis() / 2);
        }
        ownPendingFirst = readOnce(redis, ownPendingFirst);
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
        leave(redis);
      } catch (RuntimeException e) {
        LOG.debug("{} could not leave tidily: {}", group, e.toString());
      }
      close(redis);
    }
  }

  /** Reads one batch (its own pending entries first when asked); answers whether own pending entries remain. */
  private boolean readOnce(Jedis redis, boolean ownPending) {
    Map<String, StreamEntryID> from = new LinkedHashMap<>();
    for (String stream : streams) from.put(stream, ownPending ? new StreamEntryID(0, 0) : StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY);
    XReadGroupParams params = XReadGroupParams.xReadGroupParams().count(BATCH);
    if (!ownPending) params.block(BLOCK_MS);
    List<Map.Entry<String, List<StreamEntry>>> batch = redis.xreadGroup(group, member, params, from);
    boolean any = false;
    if (batch == null) return false;
    for (Map.Entry<String, List<StreamEntry>> perStream : batch) {
      // One XACK per batch, sent only for entries the consumer took: a crash before it means
      // redelivery of a few applied ones, which the subscriber recognises.
      List<StreamEntryID> taken = new ArrayList<>();
      try {
        for (StreamEntry entry : perStream.getValue()) {
          any = true;
          if (!running || !deliver(redis, perStream.getKey(), entry)) return true;
          taken.add(entry.getID());
        }
      } finally {
        if (!taken.isEmpty()) redis.xack(perStream.getKey(), group, taken.toArray(StreamEntryID[]::new));
      }
    }
    return ownPending && any;
  }

  /**
   * Hands one entry over; true when it is done with (to be acknowledged), false when the bus is
   * closing before the consumer took it (it stays pending for the next member).
   */
  private boolean deliver(Jedis redis, String stream, StreamEntry entry) {
    Map<String, String> fields = entry.getFields();
    // Pending but deleted from the stream (trimmed): nothing left to deliver.
    if (fields == null || fields.get(BODY) == null) return true;
    StoredEvent event;
    try {
      event = wire.decode(fields.get(BODY).getBytes(StandardCharsets.UTF_8));
    } catch (ContractException e) {
      LOG.error("{} cannot read entry {} of {}: {}; moved to {}", group, entry.getID(), stream, e.getMessage(), names.dead(stream));
      deadLetter(redis, stream, entry, "unreadable: " + e.getMessage());
      return true;
    }
    return ConsumerRetry.untilTaken(consumer, event, () -> running, group);
  }

  private void deadLetter(Jedis redis, String stream, StreamEntry entry, String error) {
    Map<String, String> fields = new LinkedHashMap<>(entry.getFields());
    fields.put("subscriber", group);
    fields.put("stream", stream);
    fields.put("entry", entry.getID().toString());
    fields.put("error", error);
    redis.xadd(names.dead(stream), StreamEntryID.NEW_ENTRY, fields);
  }

  /** Takes over entries other members left unacknowledged too long; true when it took any. */
  private boolean claimFromDeadMembers(Jedis redis) {
    boolean claimed = false;
    for (String stream : streams) {
      Map.Entry<StreamEntryID, List<StreamEntryID>> result = redis.xautoclaimJustId(stream, group, member,
          settings.redeliverAfter().toMillis(), new StreamEntryID(0, 0), XAutoClaimParams.xAutoClaimParams().count(BATCH));
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
