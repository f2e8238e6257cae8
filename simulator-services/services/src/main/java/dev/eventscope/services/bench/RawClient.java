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
  /** Declares what it needs and starts consuming; call once before {@link #move}. */
  void start();

  /** Publishes {@code messages} and waits until the consumer took them all; answers the nanoseconds from first send to last take. */
  long move(List<RawMessage> messages, int batch);

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
