package dev.eventscope.runtime.bus.redis;

import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.BusUnavailableException;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.PipelineBase;
import redis.clients.jedis.Response;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Redis Streams as the event bus: stream {@code <prefix>:<context>:events}, consumer group per
 * subscriber, XACK only after the subscriber took the event. Connects when built, so a Redis that
 * is not there fails at once with its address. A watcher thread notices a Redis that restarted
 * empty and publishes again what it forgot (see {@link PublishedLedger}).
 */
public final class RedisStreamsEventBus implements EventBus {
  private static final Logger LOG = LoggerFactory.getLogger(RedisStreamsEventBus.class);
  /** A stream nobody reads still must not grow for ever; far beyond any subscriber's lag. */
  private static final long STREAM_CAP = 1_000_000;
  private static final int LEDGER_CAPACITY = 200_000;
  private static final byte[] BODY_KEY = SafeEncoder.encode(StreamSubscription.BODY);

  private final BusSettings settings;
  private final RedisEndpoint endpoint;
  private final EventWire wire;
  private final StreamNames names;
  private final JedisPooled redis;
  private final List<StreamSubscription> subscriptions = new CopyOnWriteArrayList<>();
  private final PublishedLedger ledger = new PublishedLedger(LEDGER_CAPACITY);
  private final RestartWatch watch;
  private volatile boolean started;
  private volatile Map<String, List<String>> groupsByStream = Map.of();

  public RedisStreamsEventBus(BusSettings settings, JsonCodec codec) {
    this.settings = settings;
    this.endpoint = RedisEndpoint.of(settings.redisUri(), settings.connectTimeout());
    this.wire = new EventWire(codec);
    this.names = new StreamNames(settings.prefix());
    this.redis = endpoint.pool(8);
    try {
      redis.ping();
    } catch (JedisException e) {
      redis.close();
      throw endpoint.unreachable(e);
    }
    this.watch = new RestartWatch(redis, endpoint, ledger, () -> groupsByStream, this::publish);
  }

  @Override
  public String strategy() {
    return "redis";
  }

  @Override
  public void subscribe(String subscriber, Set<String> contexts, EventConsumer consumer) {
    if (started) throw new IllegalStateException("subscribe before start");
    List<String> streams = new TreeSet<>(contexts).stream().map(names::events).toList();
    subscriptions.add(new StreamSubscription(endpoint, subscriber, streams, names, consumer, wire, settings));
  }

  @Override
  public void start() {
    groupsByStream = localGroups();
    try (Jedis setup = endpoint.connect()) {
      for (StreamSubscription subscription : subscriptions) subscription.start(setup);
    } catch (JedisException e) {
      subscriptions.forEach(StreamSubscription::stop);
      throw endpoint.unreachable(e);
    }
    watch.start();
    started = true;
    LOG.info("redis bus on {} with {} subscribers (prefix {})", endpoint.shown(), subscriptions.size(), settings.prefix());
  }

  @Override
  public void publish(StoredEvent event) {
    String stream = names.events(event.context());
    String runId = watch.runId();
    try {
      StreamEntryID id = redis.xadd(stream, XAddParams.xAddParams().maxLen(STREAM_CAP).approximateTrimming(), fields(event));
      if (groupsByStream.containsKey(stream)) ledger.record(stream, id, runId, event);
    } catch (JedisException e) {
      throw new BusUnavailableException("Redis at " + endpoint.shown() + " did not take event " + event.position() + ": "
          + RedisEndpoint.rootMessage(e), e);
    }
  }

  /**
   * The batch in one round trip (a pipeline of XADDs), then recorded for restart recovery. A
   * failure part-way publishes the whole batch again later; subscribers absorb the duplicates.
   */
  @Override
  public void publishAll(List<StoredEvent> events) {
    if (events.size() == 1) {
      publish(events.get(0));
      return;
    }
    String runId = watch.runId();
    List<Response<byte[]>> ids = new ArrayList<>(events.size());
    String[] streams = new String[events.size()];
    XAddParams capped = XAddParams.xAddParams().maxLen(STREAM_CAP).approximateTrimming();
    try (PipelineBase pipeline = redis.pipelined()) {
      // A page is mostly one context: its stream name is built once, not per event.
      String context = null;
      String stream = null;
      byte[] key = null;
      for (int i = 0; i < events.size(); i++) {
        StoredEvent event = events.get(i);
        if (!event.context().equals(context)) {
          context = event.context();
          stream = names.events(context);
          key = SafeEncoder.encode(stream);
        }
        streams[i] = stream;
        ids.add(pipeline.xadd(key, capped, binaryFields(event)));
      }
      pipeline.sync();
      for (int i = 0; i < events.size(); i++) {
        if (groupsByStream.containsKey(streams[i])) {
          byte[] id = ids.get(i).get();
          ledger.record(streams[i], EntryIds.time(id), EntryIds.sequence(id), runId, events.get(i));
        }
      }
    } catch (JedisException e) {
      throw new BusUnavailableException("Redis at " + endpoint.shown() + " did not take events " + events.get(0).position() + "-"
          + events.get(events.size() - 1).position() + ": " + RedisEndpoint.rootMessage(e), e);
    }
  }

  /**
   * The same fields as {@link #fields}, as bytes: the body goes out exactly as the wire encoded
   * it, without a round trip through a Java string (Redis stores bytes either way, so readers see
   * no difference).
   */
  private Map<byte[], byte[]> binaryFields(StoredEvent event) {
    Map<String, String> headers = EventWire.headers(event);
    Map<byte[], byte[]> fields = new LinkedHashMap<>(8);
    headers.forEach((name, value) -> fields.put(SafeEncoder.encode(name), SafeEncoder.encode(value)));
    fields.put(BODY_KEY, wire.encode(event));
    return fields;
  }

  private Map<String, String> fields(StoredEvent event) {
    Map<String, String> fields = new LinkedHashMap<>(EventWire.headers(event));
    fields.put(StreamSubscription.BODY, new String(wire.encode(event), StandardCharsets.UTF_8));
    return fields;
  }

  @Override
  public boolean drain(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        if (watch.check() && ledger.size() == 0 && groupsCaughtUp()) return true;
      } catch (JedisException | BusUnavailableException e) {
        LOG.debug("drain: Redis not answering yet: {}", e.getMessage());
      }
      if (System.nanoTime() > deadline) return false;
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  private boolean groupsCaughtUp() {
    for (Map.Entry<String, List<String>> stream : groupsByStream.entrySet()) {
      StreamEntryID last = GroupProgress.lastGenerated(redis, stream.getKey());
      if (last == null) continue;
      Map<String, GroupProgress> progress = GroupProgress.of(redis, stream.getKey());
      for (String group : stream.getValue()) {
        GroupProgress mine = progress.get(group);
        if (mine == null || !mine.caughtUpWith(last)) return false;
      }
    }
    return true;
  }

  /** Stream → the groups of this bus's subscribers that read it (fixed once started). */
  private Map<String, List<String>> localGroups() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (StreamSubscription subscription : subscriptions) {
      for (String stream : subscription.streams()) groups.computeIfAbsent(stream, s -> new ArrayList<>()).add(subscription.group());
    }
    return Map.copyOf(groups);
  }

  @Override
  public BusHealth health() {
    return watch.health(strategy());
  }

  @Override
  public void close() {
    started = false;
    watch.stop();
    subscriptions.forEach(StreamSubscription::stop);
    redis.close();
  }
}
