package dev.eventscope.runtime.bus.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One in-JVM broker for all Kafka tests that do not stop it (it takes seconds to start); each
 * test keeps to its own topic prefix. Stopped and its folder removed when the JVM exits.
 */
public final class SharedKafka {
  private static EmbeddedKafkaBroker broker;

  private SharedKafka() {}

  public static synchronized EmbeddedKafkaBroker broker() {
    if (broker == null) {
      try {
        Path dir = Files.createTempDirectory("eventscope-kafka-test");
        broker = EmbeddedKafkaBroker.start(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          broker.close();
          deleteQuietly(dir);
        }));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return broker;
  }

  static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // Temporary folder; the OS cleans up what is left.
    }
  }
}
