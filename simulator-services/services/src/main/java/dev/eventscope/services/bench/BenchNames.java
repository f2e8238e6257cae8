package dev.eventscope.services.bench;

/**
 * What one run calls the things it makes on a broker, all carrying the run id so runs never meet:
 * the bus's name prefix, its subscriber (also the Kafka consumer group and Redis group), and the
 * raw client's topic/queue/stream and group.
 */
record BenchNames(String prefix, String subscriber, String raw) {
  /** The raw client's Kafka topic / RabbitMQ exchange and queue. */
  String rawTopic() {
    return prefix + ".raw";
  }

  /** The raw client's Redis stream. */
  String rawStream() {
    return prefix + ":raw";
  }
}
