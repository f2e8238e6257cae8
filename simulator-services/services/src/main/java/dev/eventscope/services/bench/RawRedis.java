package dev.eventscope.services.bench;

import dev.eventscope.runtime.bus.BusSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.PipelineBase;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Jedis alone: XADD (the same fields, the bus's approximate cap) pipelined a window at a time, a
 * consumer group read with XREADGROUP (the bus's batch of 128) and XACK once the batch is taken.
 */
final class RawRedis implements RawClient {
  private final BusSettings settings;
  private final BenchNames names;
  private final JedisPooled redis;
  private final LongAdder consumed = new LongAdder();
  private RawReader reader;

  RawRedis(BusSettings settings, BenchNames names) {
    this.settings = settings;
    this.names = names;
    this.redis = new JedisPooled(settings.redisUri());
  }

  @Override
  public void start() {
    try {
      redis.xgroupCreate(names.rawStream(), names.raw(), StreamEntryID.XGROUP_LAST_ENTRY, true);
    } catch (JedisDataException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) throw e;
    }
    startReader();
  }

  @Override
  public long move(List<RawMessage> messages, int batch) {
    long target = consumed.sum() + messages.size();
    long started = System.nanoTime();
    // The fields are made from the bytes inside the clock, as the Kafka and RabbitMQ lanes build
    // their records and properties: every raw lane starts from the same bytes and headers.
    send(fields(messages), batch);
    BusBenchmark.await(consumed, target);
    return System.nanoTime() - started;
  }

  private static List<Map<String, String>> fields(List<RawMessage> messages) {
    return messages.stream().map(m -> {
      Map<String, String> fields = new LinkedHashMap<>(m.headers());
      fields.put("body", new String(m.body(), StandardCharsets.UTF_8));
      return fields;
    }).toList();
  }

  private void send(List<Map<String, String>> messages, int batch) {
    for (int from = 0; from < messages.size(); from += batch) {
      try (PipelineBase pipeline = redis.pipelined()) {
        for (Map<String, String> fields : messages.subList(from, Math.min(messages.size(), from + batch))) {
          pipeline.xadd(names.rawStream(), XAddParams.xAddParams().maxLen(1_000_000).approximateTrimming(), fields);
        }
        pipeline.sync();
      }
    }
  }

  private void startReader() {
    reader = RawReader.start("bench-raw-redis", running -> {
      try (Jedis jedis = new Jedis(java.net.URI.create(settings.redisUri()))) {
        Map<String, StreamEntryID> from = Map.of(names.rawStream(), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY);
        while (running.getAsBoolean()) {
          List<Map.Entry<String, List<StreamEntry>>> batch = jedis.xreadGroup(names.raw(), names.raw() + "-1",
              XReadGroupParams.xReadGroupParams().count(128).block(100), from);
          if (batch == null) continue;
          for (Map.Entry<String, List<StreamEntry>> stream : batch) {
            StreamEntryID[] ids = stream.getValue().stream().map(StreamEntry::getID).toArray(StreamEntryID[]::new);
            if (ids.length == 0) continue;
            jedis.xack(stream.getKey(), names.raw(), ids);
            consumed.add(ids.length);
          }
        }
      }
    });
  }

  @Override
  public void close() {
    if (reader != null) reader.stop(Duration.ofSeconds(5));
    redis.close();
  }
}
