package dev.eventscope.runtime.bus.kafka;

import dev.eventscope.runtime.bus.BusUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * What the bus asks of Kafka's admin API: topics made when missing, where a new consumer group
 * starts, and whether a group has committed everything its topics hold (draining).
 */
final class KafkaAdmin {
  private static final int PARTITIONS = 3;

  private final Admin admin;
  private final Duration timeout;
  private final String shown;
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  KafkaAdmin(Admin admin, Duration timeout, String shown) {
    this.admin = admin;
    this.timeout = timeout;
    this.shown = shown;
  }

  /** Fails with the address when the cluster does not answer within the timeout. */
  void ping() {
    try {
      admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      String reason = e instanceof TimeoutException ? "no answer within " + timeout.toMillis() + " ms" : String.valueOf(e.getCause().getMessage());
      throw new BusUnavailableException("Kafka at " + shown + " is not reachable: " + reason, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BusUnavailableException("interrupted while reaching Kafka at " + shown, e);
    }
  }

  /** Creates what is missing (replication left to the broker's default); a topic made meanwhile by another is fine. */
  void ensureTopics(Collection<String> topics) {
    List<NewTopic> missing = topics.stream().filter(t -> !known.contains(t))
        .map(t -> new NewTopic(t, Optional.of(PARTITIONS), Optional.empty())).toList();
    if (missing.isEmpty()) return;
    admin.createTopics(missing).values().forEach((topic, future) -> {
      try {
        future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) throw unavailable("create topic " + topic, e.getCause());
      } catch (TimeoutException e) {
        throw unavailable("create topic " + topic, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw unavailable("create topic " + topic, e);
      }
      known.add(topic);
    });
  }

  /**
   * Lets a group that never committed on these topics start at their current end: the store
   * catch-up before the bus started covered the past. Partitions it has positions on keep them.
   */
  void startNewGroupAtEnd(String group, Collection<String> topics) {
    Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
    List<TopicPartition> fresh = partitions(topics).stream().filter(p -> committed.get(p) == null).toList();
    if (fresh.isEmpty()) return;
    Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
    endOffsets(fresh).forEach((partition, end) -> start.put(partition, new OffsetAndMetadata(end)));
    get(admin.alterConsumerGroupOffsets(group, start).all(), "set the start of group " + group);
  }

  /** True when the group committed up to the end of every partition of its topics. */
  boolean caughtUp(String group, Collection<String> topics) {
    Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
    for (Map.Entry<TopicPartition, Long> end : endOffsets(partitions(topics)).entrySet()) {
      OffsetAndMetadata at = committed.get(end.getKey());
      long position = at == null ? 0 : at.offset();
      if (position < end.getValue()) return false;
    }
    return true;
  }

  private Map<TopicPartition, OffsetAndMetadata> committed(String group) {
    Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(),
        "read the offsets of group " + group);
    return offsets == null ? Map.of() : offsets;
  }

  private List<TopicPartition> partitions(Collection<String> topics) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (int attempt = 1; ; attempt++) {
      try {
        Map<String, TopicDescription> described = get(admin.describeTopics(topics).allTopicNames(), "describe " + topics);
        described.values().forEach(d -> d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
        return partitions;
      } catch (BusUnavailableException e) {
        // A topic made a moment ago may not be known to the broker's metadata yet.
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || attempt >= 20) throw e;
        sleep(50);
      }
    }
  }

  private Map<TopicPartition, Long> endOffsets(List<TopicPartition> partitions) {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = get(admin.listOffsets(latest).all(), "read end offsets");
    Map<TopicPartition, Long> result = new HashMap<>();
    ends.forEach((partition, info) -> result.put(partition, info.offset()));
    return result;
  }

  private <T> T get(KafkaFuture<T> future, String what) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw unavailable(what, e.getCause());
    } catch (TimeoutException e) {
      throw unavailable(what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(what, e);
    }
  }

  private BusUnavailableException unavailable(String what, Throwable cause) {
    String reason = cause instanceof TimeoutException ? "no answer within " + timeout.toMillis() + " ms" : String.valueOf(cause.getMessage());
    return new BusUnavailableException("Kafka at " + shown + " did not " + what + ": " + reason, cause);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
