package dev.eventscope.runtime.bus.redis;

import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XTrimParams;

/**
 * Watches the Redis server on behalf of the bus, ten times a second: it tells a restart by the
 * server's run id (a restarted Redis here is an empty one) and has the forgotten entries published
 * again; it lets go of ledger entries every local group acknowledged and trims the streams
 * behind the slowest group; and it keeps the health the status bar shows.
 */
final class RestartWatch {
  private static final Logger LOG = LoggerFactory.getLogger(RestartWatch.class);
  private static final long PERIOD_MS = 100;

  private final JedisPooled redis;
  private final RedisEndpoint endpoint;
  private final PublishedLedger ledger;
  private final Supplier<Map<String, List<String>>> localGroups;
  private final Consumer<StoredEvent> republish;
  private volatile String runId;
  private volatile boolean running;
  private volatile String problem;
  private Thread thread;

  RestartWatch(JedisPooled redis, RedisEndpoint endpoint, PublishedLedger ledger, Supplier<Map<String, List<String>>> localGroups,
      Consumer<StoredEvent> republish) {
    this.redis = redis;
    this.endpoint = endpoint;
    this.ledger = ledger;
    this.localGroups = localGroups;
    this.republish = republish;
    this.runId = readRunId();
  }

  /** The Redis instance publishes go to now. */
  String runId() {
    return runId;
  }

  void start() {
    running = true;
    thread = new Thread(this::run, "bus-redis-watch");
    thread.setDaemon(true);
    thread.start();
  }

  void stop() {
    running = false;
    if (thread == null) return;
    thread.interrupt();
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (running) {
      try {
        check();
        if (problem != null) LOG.info("Redis at {} answers again", endpoint.shown());
        problem = null;
      } catch (RuntimeException e) {
        if (problem == null) LOG.warn("Redis at {} is not answering: {}", endpoint.shown(), RedisEndpoint.rootMessage(e));
        problem = RedisEndpoint.rootMessage(e);
      }
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * One round; true when Redis answered throughout (the progress it reported belongs to one
   * server instance).
   */
  synchronized boolean check() {
    String current = readRunId();
    if (!current.equals(runId)) {
      runId = current;
      List<PublishedLedger.Entry> forgotten = ledger.takeForgotten(current);
      LOG.warn("Redis at {} restarted (run id changed); publishing again {} events it had not delivered", endpoint.shown(), forgotten.size());
      republishAll(forgotten);
    }
    Map<String, Map<String, GroupProgress>> progress = new HashMap<>();
    for (String stream : localGroups.get().keySet()) progress.put(stream, GroupProgress.of(redis, stream));
    // Progress read from a server that restarted meanwhile would wrongly clear what it lost.
    if (!readRunId().equals(current)) return false;
    localGroups.get().forEach((stream, groups) -> forgetAcknowledged(stream, groups, progress.get(stream), current));
    return true;
  }

  private void republishAll(List<PublishedLedger.Entry> forgotten) {
    for (int i = 0; i < forgotten.size(); i++) {
      try {
        republish.accept(forgotten.get(i).event());
      } catch (RuntimeException e) {
        // Down again: keep the rest for the next round.
        for (PublishedLedger.Entry left : forgotten.subList(i, forgotten.size())) {
          ledger.record(left.stream(), left.time(), left.sequence(), left.runId(), left.event());
        }
        throw e;
      }
    }
  }

  private void forgetAcknowledged(String stream, List<String> groups, Map<String, GroupProgress> progress, String current) {
    if (!progress.keySet().containsAll(groups)) return;
    List<GroupProgress> local = groups.stream().map(progress::get).toList();
    ledger.forget(stream, current, (time, sequence) -> {
      for (GroupProgress group : local) {
        if (!group.acknowledged(time, sequence)) return false;
      }
      return true;
    });
    StreamEntryID keepFrom = null;
    for (GroupProgress group : progress.values()) {
      StreamEntryID first = group.pending() > 0 ? group.firstPending() : next(group.lastDelivered());
      if (keepFrom == null || first.compareTo(keepFrom) < 0) keepFrom = first;
    }
    if (keepFrom != null) redis.xtrim(stream, XTrimParams.xTrimParams().minId(keepFrom.toString()).approximateTrimming());
  }

  private static StreamEntryID next(StreamEntryID id) {
    return new StreamEntryID(id.getTime(), id.getSequence() + 1);
  }

  private String readRunId() {
    String info = redis.sendCommand(Protocol.Command.INFO, "server") instanceof byte[] bytes
        ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : "";
    for (String line : info.split("\r?\n")) {
      if (line.startsWith("run_id:")) return line.substring("run_id:".length()).trim();
    }
    throw new JedisException("Redis did not tell its run id");
  }

  BusHealth health(String strategy) {
    String trouble = problem;
    if (trouble != null) return new BusHealth(strategy, false, endpoint.shown() + " unreachable: " + trouble);
    return new BusHealth(strategy, true, endpoint.shown() + ", " + ledger.size() + " published awaiting acknowledgement");
  }
}
