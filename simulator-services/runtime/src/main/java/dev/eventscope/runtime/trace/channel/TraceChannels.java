package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.bus.BusSettings;
import java.util.Locale;

/** Opens the trace channel on the broker the bus uses, by the bus strategy's name. */
public final class TraceChannels {
  private TraceChannels() {}

  /** {@code <prefix>.trace}: {@code eventscope.trace} with the default prefix, beside the bus's own names. */
  public static String defaultName(BusSettings settings) {
    return settings.prefix() + ".trace";
  }

  /**
   * @param strategy {@code memory} (a channel with no peers), {@code kafka}, {@code rabbitmq} or {@code redis}
   * @throws dev.eventscope.runtime.bus.BusUnavailableException when the broker does not answer
   * @throws IllegalArgumentException for any other strategy
   */
  public static TraceChannel open(String strategy, BusSettings settings, String processId) {
    return switch (strategy.toLowerCase(Locale.ROOT)) {
      case "memory" -> InMemoryTraceChannel.alone(processId);
      case "kafka" -> new KafkaTraceChannel(settings, processId);
      case "rabbitmq" -> new RabbitMqTraceChannel(settings, processId);
      case "redis" -> new RedisTraceChannel(settings, processId);
      default -> throw new IllegalArgumentException("no trace channel for bus strategy '" + strategy + "' (memory, kafka, rabbitmq, redis)");
    };
  }
}
