package dev.eventscope.runtime.bus;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the brokers are and how the bus strategies name and treat what they create. Layering
 * follows DESIGN.md (flag &gt; environment &gt; settings file &gt; default): {@link #fromEnvironment}
 * lays the environment over the defaults; the command line lays its flags over that with the
 * {@code with*} methods. {@link #toString()} never shows a password.
 *
 * @param prefix first part of every stream, topic, exchange and queue name ({@code eventscope});
 *     tests use their own so parallel runs do not meet
 * @param maxDeliveries how often a broker may hand the same message out again because the
 *     consumer holding it went away before acknowledging (a crash loop) before it sets the message
 *     aside as a dead letter: RabbitMQ's delivery limit. (A handler that fails is not counted here:
 *     the runtime's reliable subscriber retries and parks those itself.)
 * @param redeliverAfter how long a message may stay unacknowledged with a consumer before another
 *     consumer of the same group takes it over (that consumer is presumed dead)
 * @param connectTimeout how long to wait for a broker before calling it unreachable
 */
public record BusSettings(
    String kafkaBootstrap,
    String rabbitmqUri,
    String redisUri,
    String prefix,
    int maxDeliveries,
    Duration redeliverAfter,
    Duration connectTimeout) {

  public static final String KAFKA_ENV = "EVENTSCOPE_KAFKA_BOOTSTRAP";
  public static final String RABBITMQ_ENV = "EVENTSCOPE_RABBITMQ_URI";
  public static final String REDIS_ENV = "EVENTSCOPE_REDIS_URI";
  public static final String PREFIX_ENV = "EVENTSCOPE_BUS_PREFIX";
  public static final String DEFAULT_PREFIX = "eventscope";
  private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@\\s]*@");

  public BusSettings {
    if (!isValidPrefix(prefix)) {
      throw new IllegalArgumentException("bus name prefix must be letters, digits, '.', '_' or '-': " + prefix);
    }
    if (maxDeliveries < 1) throw new IllegalArgumentException("maxDeliveries must be at least 1");
  }

  /** Whether {@code prefix} can start every broker's names: letters, digits, '.', '_' or '-', at least one. */
  public static boolean isValidPrefix(String prefix) {
    return prefix != null && prefix.matches("[A-Za-z0-9._-]+");
  }

  public static BusSettings defaults() {
    return new BusSettings("127.0.0.1:9092", "amqp://guest:guest@127.0.0.1:5672/", "redis://127.0.0.1:6379",
        DEFAULT_PREFIX, 5, Duration.ofSeconds(30), Duration.ofSeconds(5));
  }

  /** The defaults with {@code EVENTSCOPE_*_BOOTSTRAP/URI} variables laid over them. */
  public static BusSettings fromEnvironment(Map<String, String> environment) {
    BusSettings settings = defaults();
    String kafka = environment.get(KAFKA_ENV);
    String rabbit = environment.get(RABBITMQ_ENV);
    String redis = environment.get(REDIS_ENV);
    if (kafka != null && !kafka.isBlank()) settings = settings.withKafkaBootstrap(kafka.trim());
    if (rabbit != null && !rabbit.isBlank()) settings = settings.withRabbitmqUri(rabbit.trim());
    if (redis != null && !redis.isBlank()) settings = settings.withRedisUri(redis.trim());
    return settings;
  }

  public BusSettings withKafkaBootstrap(String value) {
    return new BusSettings(value, rabbitmqUri, redisUri, prefix, maxDeliveries, redeliverAfter, connectTimeout);
  }

  public BusSettings withRabbitmqUri(String value) {
    return new BusSettings(kafkaBootstrap, value, redisUri, prefix, maxDeliveries, redeliverAfter, connectTimeout);
  }

  public BusSettings withRedisUri(String value) {
    return new BusSettings(kafkaBootstrap, rabbitmqUri, value, prefix, maxDeliveries, redeliverAfter, connectTimeout);
  }

  public BusSettings withPrefix(String value) {
    return new BusSettings(kafkaBootstrap, rabbitmqUri, redisUri, value, maxDeliveries, redeliverAfter, connectTimeout);
  }

  public BusSettings withMaxDeliveries(int value) {
    return new BusSettings(kafkaBootstrap, rabbitmqUri, redisUri, prefix, value, redeliverAfter, connectTimeout);
  }

  public BusSettings withRedeliverAfter(Duration value) {
    return new BusSettings(kafkaBootstrap, rabbitmqUri, redisUri, prefix, maxDeliveries, value, connectTimeout);
  }

  public BusSettings withConnectTimeout(Duration value) {
    return new BusSettings(kafkaBootstrap, rabbitmqUri, redisUri, prefix, maxDeliveries, redeliverAfter, value);
  }

  /** {@code scheme://***@host...}: a URI as it may be logged, printed or reported. */
  public static String mask(String uri) {
    if (uri == null) return "null";
    return USER_INFO.matcher(uri).replaceAll("$1***@");
  }

  @Override
  public String toString() {
    return "BusSettings[kafka=" + mask(kafkaBootstrap) + ", rabbitmq=" + mask(rabbitmqUri) + ", redis=" + mask(redisUri)
        + ", prefix=" + prefix + ", maxDeliveries=" + maxDeliveries + ", redeliverAfter=" + redeliverAfter
        + ", connectTimeout=" + connectTimeout + "]";
  }
}
