package dev.eventscope.console.settings;

import dev.eventscope.console.cli.StoreOption;
import dev.eventscope.runtime.bus.BusSettings;

/** The connections the Settings screen edits: their label, settings key and default address. */
public enum Connection {
  MONGODB("MongoDB", StoreOption.MONGODB_URI_KEY, StoreOption.DEFAULT_MONGODB_URI, true),
  KAFKA("Kafka", "kafka-bootstrap", BusSettings.defaults().kafkaBootstrap(), false),
  RABBITMQ("RabbitMQ", "rabbitmq-uri", BusSettings.defaults().rabbitmqUri(), true),
  REDIS("Redis", "redis-uri", BusSettings.defaults().redisUri(), true);

  private final String label;
  private final String key;
  private final String defaultAddress;
  private final boolean hasPassword;

  Connection(String label, String key, String defaultAddress, boolean hasPassword) {
    this.label = label;
    this.key = key;
    this.defaultAddress = defaultAddress;
    this.hasPassword = hasPassword;
  }

  public String label() {
    return label;
  }

  /** The key in settings.yaml, the same as the command-line flag's name. */
  public String key() {
    return key;
  }

  public String defaultAddress() {
    return defaultAddress;
  }

  /** A URI with user information (Kafka's bootstrap list has none). */
  public boolean hasPassword() {
    return hasPassword;
  }

  /** The id used by the view's nodes: {@code mongodb}, {@code kafka}… */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
