package dev.eventscope.services.bench;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import dev.eventscope.runtime.bus.BusSettings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Deletes what a run made on its broker: Kafka topics and consumer groups, RabbitMQ queues and
 * exchanges (quorum queues that pile up wedge a local RabbitMQ), Redis streams with their groups.
 * Best effort: a failure is logged with what is left, never thrown over the run's own outcome.
 */
final class BrokerCleanup {
  private static final Logger LOG = LoggerFactory.getLogger(BrokerCleanup.class);

  private BrokerCleanup() {}

  static void remove(String bus, BusSettings settings, BenchNames names) {
    try {
      switch (bus) {
        case "kafka" -> kafka(settings, names);
        case "rabbitmq" -> rabbitMq(settings, names);
        case "redis" -> redis(settings, names);
        default -> { }
      }
    } catch (Exception e) {
      LOG.warn("could not delete everything the benchmark made on {} (names start with {}): {}", bus, names.prefix(), e.toString());
    }
  }

  private static void kafka(BusSettings settings, BenchNames names) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap()))) {
      List<String> groups = List.of(names.subscriber(), names.raw());
      for (int attempt = 1; ; attempt++) {
        try {
          List<String> existing = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
              .map(g -> g.groupId()).filter(groups::contains).toList();
          if (!existing.isEmpty()) admin.deleteConsumerGroups(existing).all().get(10, TimeUnit.SECONDS);
          break;
        } catch (ExecutionException e) {
          // A member that just left may not be gone from the group yet.
          if (attempt >= 10) throw e;
          Thread.sleep(500);
        }
      }
      List<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
          .filter(t -> t.startsWith(names.prefix() + ".")).toList();
      if (!topics.isEmpty()) admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
    }
  }

  private static void rabbitMq(BusSettings settings, BenchNames names) throws Exception {
    String queue = names.prefix() + "." + names.subscriber();
    try (Connection connection = RawRabbitMq.factory(settings).newConnection("eventscope-bench-cleanup")) {
      for (String name : List.of(queue, queue + ".dead", names.rawTopic())) {
        try (Channel channel = connection.createChannel()) {
          channel.queueDelete(name);
        }
      }
      for (String name : List.of(names.prefix() + ".events", names.prefix() + ".dlx", names.rawTopic())) {
        try (Channel channel = connection.createChannel()) {
          channel.exchangeDelete(name);
        }
      }
    }
  }

  private static void redis(BusSettings settings, BenchNames names) {
    try (JedisPooled redis = new JedisPooled(settings.redisUri())) {
      String cursor = ScanParams.SCAN_POINTER_START;
      do {
        ScanResult<String> page = redis.scan(cursor, new ScanParams().match(names.prefix() + ":*").count(1_000));
        for (String key : page.getResult()) redis.del(key);
        cursor = page.getCursor();
      } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }
  }
}
