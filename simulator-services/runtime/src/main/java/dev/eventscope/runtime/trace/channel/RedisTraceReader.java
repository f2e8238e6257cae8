package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.bus.redis.RedisEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * A thread on a connection of its own, blocking in XREAD on the trace stream and going on from
 * the last id it saw. It starts from the stream's last entry as it is when the reader is made
 * (what {@code $} would mean), looked up before the thread starts: an XREAD from {@code $} on each
 * call would lose what arrived between two calls, and one issued later by the thread would lose
 * what was published right after {@code subscribe} returned.
 */
final class RedisTraceReader {
  private static final Logger LOG = LoggerFactory.getLogger(RedisTraceReader.class);
  private static final int COUNT = 256;

  private final RedisEndpoint redis;
  private final String stream;
  private final Receivers receivers;
  private final Outage outage;
  private final Thread thread;
  private Jedis connection;
  private StreamEntryID last;
  private volatile boolean running = true;

  private RedisTraceReader(RedisEndpoint redis, String stream, Receivers receivers, Jedis connection, StreamEntryID last, String process) {
    this.redis = redis;
    this.stream = stream;
    this.receivers = receivers;
    this.connection = connection;
    this.last = last;
    this.outage = new Outage("redis " + stream + " at " + redis.shown());
    this.thread = new Thread(this::run, "trace-redis-" + process);
    thread.setDaemon(true);
  }

  static RedisTraceReader start(RedisEndpoint redis, String stream, String process, Receivers receivers) {
    Jedis connection = redis.connect();
    StreamEntryID last;
    try {
      List<StreamEntry> newest = connection.xrevrange(stream, "+", "-", 1);
      last = newest.isEmpty() ? new StreamEntryID(0, 0) : newest.get(0).getID();
    } catch (JedisException e) {
      connection.close();
      throw e;
    }
    RedisTraceReader reader = new RedisTraceReader(redis, stream, receivers, connection, last, process);
    reader.thread.start();
    return reader;
  }

  private void run() {
    XReadParams params = XReadParams.xReadParams().block((int) RedisTraceChannel.BLOCK.toMillis()).count(COUNT);
    while (running) {
      try {
        if (connection == null) connection = redis.connect();
        List<Map.Entry<String, List<StreamEntry>>> read = connection.xread(params, Map.of(stream, last));
        outage.working();
        if (read == null) continue;
        for (Map.Entry<String, List<StreamEntry>> part : read) {
          for (StreamEntry entry : part.getValue()) {
            last = entry.getID();
            String body = entry.getFields() == null ? null : entry.getFields().get(RedisTraceChannel.BODY);
            if (body != null) receivers.deliver(body.getBytes(StandardCharsets.UTF_8));
          }
        }
      } catch (JedisException e) {
        outage.failed("could not read: " + e.getMessage());
        drop();
        pause();
      }
    }
    drop();
  }

  private void drop() {
    if (connection == null) return;
    try {
      connection.close();
    } catch (RuntimeException e) {
      LOG.debug("closing the trace reader's connection: {}", e.toString());
    }
    connection = null;
  }

  private void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      running = false;
    }
  }

  void stop() {
    running = false;
    try {
      thread.join(RedisTraceChannel.BLOCK.toMillis() * 4 + 1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
