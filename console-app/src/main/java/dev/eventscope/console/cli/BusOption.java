package dev.eventscope.console.cli;

import dev.eventscope.runtime.bus.BusSettings;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --bus} and where each broker is ({@code --kafka-bootstrap}, {@code --rabbitmq-uri},
 * {@code --redis-uri}) and the names' prefix ({@code --bus-prefix}), each with the precedence
 * flag > environment > settings.yaml > default.
 */
public final class BusOption {
  public static final String MEMORY = "memory";
  public static final Set<String> STRATEGIES = Set.of(MEMORY, "kafka", "rabbitmq", "redis");

  @Option(names = "--bus", paramLabel = "BUS", defaultValue = MEMORY,
      description = "The event bus strategy: memory (default), kafka, rabbitmq or redis.")
  String bus;

  @Option(names = "--kafka-bootstrap", paramLabel = "HOST:PORT",
      description = "Kafka bootstrap servers. Else " + BusSettings.KAFKA_ENV + ", else 'kafka-bootstrap' in settings.yaml, else 127.0.0.1:9092.")
  String kafkaBootstrap;

  @Option(names = "--rabbitmq-uri", paramLabel = "URI",
      description = "RabbitMQ URI. Else " + BusSettings.RABBITMQ_ENV + ", else 'rabbitmq-uri' in settings.yaml, else amqp://guest:guest@127.0.0.1:5672/.")
  String rabbitmqUri;

  @Option(names = "--redis-uri", paramLabel = "URI",
      description = "Redis URI. Else " + BusSettings.REDIS_ENV + ", else 'redis-uri' in settings.yaml, else redis://127.0.0.1:6379.")
  String redisUri;

  @Option(names = "--bus-prefix", paramLabel = "NAME",
      description = "First part of every topic, exchange, queue and stream name, so systems sharing a broker keep apart. Else "
          + BusSettings.PREFIX_ENV + ", else 'bus-prefix' in settings.yaml, else " + BusSettings.DEFAULT_PREFIX + ".")
  String busPrefix;

  public String resolve() {
    return strategy(bus == null ? MEMORY : bus);
  }

  /** A strategy name, checked: one of {@link #STRATEGIES}. */
  static String strategy(String name) {
    String normalised = name.strip().toLowerCase(Locale.ROOT);
    if (STRATEGIES.contains(normalised)) return normalised;
    throw new UsageException("unknown bus strategy '" + name + "': use memory, kafka, rabbitmq or redis");
  }

  /** Where the brokers are, each setting resolved on its own. */
  public BusSettings settings(CliContext context) {
    return BrokerSettings.resolve(context.settings(), kafkaBootstrap, rabbitmqUri, redisUri, busPrefix);
  }
}
