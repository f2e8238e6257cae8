package dev.eventscope.services.bench;

import dev.eventscope.runtime.bus.BusSettings;
import java.util.List;

/**
 * A broker's own client doing what the bus does, with the same guarantees, and nothing more: the
 * floor the bus is compared with. It publishes in windows of {@code batch} messages, each accepted
 * by the broker before the next (as the outbox does), while a consumer acknowledges every message
 * after taking it.
 */
interface RawClient extends AutoCloseable {
  /** Moves {@code warmup} unmeasured, then {@code measured}; answers the measured messages per second (first send to last ack). */
  double perSecond(List<RawMessage> warmup, List<RawMessage> measured, int batch);

  @Override
  void close();

  static RawClient of(String bus, BusSettings settings, BenchNames names) {
    return switch (bus) {
      case "kafka" -> new RawKafka(settings, names);
      case "rabbitmq" -> new RawRabbitMq(settings, names);
      case "redis" -> new RawRedis(settings, names);
      default -> throw new IllegalArgumentException("no raw client for bus '" + bus + "'");
    };
  }
}
