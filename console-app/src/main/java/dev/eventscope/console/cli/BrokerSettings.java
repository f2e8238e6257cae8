package dev.eventscope.console.cli;

import dev.eventscope.runtime.bus.BusSettings;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the brokers are, each address resolved on its own: flag > environment > settings file >
 * default. The command line passes its flags; the console passes none and reads the settings
 * file each time it needs a broker, so what the Settings screen saved applies at once.
 */
public final class BrokerSettings {
  private BrokerSettings() {}

  public static BusSettings resolve(SettingsResolver settings, String kafkaFlag, String rabbitmqFlag, String redisFlag) {
    return resolve(settings, kafkaFlag, rabbitmqFlag, redisFlag, null);
  }

  /** As {@link #resolve(SettingsResolver, String, String, String)}, with the bus's name prefix too. */
  public static BusSettings resolve(SettingsResolver settings, String kafkaFlag, String rabbitmqFlag, String redisFlag,
      String prefixFlag) {
    BusSettings defaults = BusSettings.defaults();
    return defaults
        .withKafkaBootstrap(settings.resolve(kafkaFlag, "--kafka-bootstrap", BusSettings.KAFKA_ENV, "kafka-bootstrap",
            defaults.kafkaBootstrap()).value())
        .withRabbitmqUri(settings.resolve(rabbitmqFlag, "--rabbitmq-uri", BusSettings.RABBITMQ_ENV, "rabbitmq-uri",
            defaults.rabbitmqUri()).value())
        .withRedisUri(settings.resolve(redisFlag, "--redis-uri", BusSettings.REDIS_ENV, "redis-uri",
            defaults.redisUri()).value())
        .withPrefix(prefix(settings, prefixFlag));
  }

  /** The first part of every topic, exchange, queue and stream name, checked. */
  static String prefix(SettingsResolver settings, String prefixFlag) {
    Resolved prefix = settings.resolve(prefixFlag, "--bus-prefix", BusSettings.PREFIX_ENV, "bus-prefix", BusSettings.DEFAULT_PREFIX);
    if (!BusSettings.isValidPrefix(prefix.value())) {
      throw new UsageException("bus prefix '" + prefix.value() + "' from " + prefix.origin() + ": use letters, digits, '.', '_' or '-'");
    }
    return prefix.value();
  }

  /** The console's view: this process's environment over the user's settings file. */
  public static BusSettings saved(Map<String, String> env, Path settingsFile) {
    return resolve(new SettingsResolver(env, () -> SettingsFile.load(settingsFile)), null, null, null);
  }
}
