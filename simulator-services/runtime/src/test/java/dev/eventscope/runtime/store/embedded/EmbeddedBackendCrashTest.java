package dev.eventscope.runtime.store.embedded;

import static dev.eventscope.runtime.store.StoreFixtures.CODEC;
import static dev.eventscope.runtime.store.StoreFixtures.orderConfirmed;
import static dev.eventscope.runtime.store.StoreFixtures.orderEvents;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's durability promise, tested the only honest way: a child JVM appends as fast
 * as it can from a few threads and reports each acknowledged message id, and is killed with SIGKILL
 * mid-load (no shutdown hook, no close). Reopening the folder must show every acknowledged event,
 * positions without holes and a store that takes appends again. Three kills, at different moments,
 * on the same folder, so recovery after a crash is itself crashed into.
 */
class EmbeddedBackendCrashTest {
  private static final int WRITER_THREADS = 3;
  private static final long CHILD_SAFETY_LIMIT_SECONDS = 120;
  private static final Duration CHILD_START_TIMEOUT = Duration.ofSeconds(60);
  private static final List<Duration> KILL_AFTER_FIRST_ACK =
      List.of(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofMillis(1_200));

  @TempDir
  Path tempDir;

  @Test
  void every_acknowledged_append_survives_a_kill_mid_load_and_the_store_reopens_gapless_and_writable() throws Exception {
    Path dataDir = tempDir.resolve("data");
    Set<UUID> acknowledged = new HashSet<>();

    for (int round = 1; round <= KILL_AFTER_FIRST_ACK.size(); round++) {
      Duration killAfter = KILL_AFTER_FIRST_ACK.get(round - 1);
      KilledChild child = appendUntilKilled(dataDir, killAfter, round);
      String context = "round " + round + " (killed " + killAfter.toMillis() + " ms after the first ack)";
      assertThat(child.aliveWhenKilled()).as(context + ": the child was still appending; its stderr:%n%s", child.stderr()).isTrue();
      assertThat(child.acknowledged()).as(context + ": the child acknowledged appends").isNotEmpty();
      acknowledged.addAll(child.acknowledged());

      try (EmbeddedBackend reopened = new EmbeddedBackend(dataDir, CODEC)) {
        List<StoredEvent> all = readEverything(reopened.events());

        Set<UUID> missing = new HashSet<>(acknowledged);
        all.forEach(event -> missing.remove(event.envelope().messageId()));
        assertThat(missing).as(context + ": acknowledged but not stored (of %d acknowledged)", acknowledged.size()).isEmpty();
        assertThat(all).extracting(StoredEvent::position).as(context + ": positions 1..n without holes")
            .containsExactlyElementsOf(LongStream.rangeClosed(1, all.size()).boxed().toList());
        assertThat(reopened.events().lastPosition()).as(context).isEqualTo(all.size());
        assertEveryStreamHasContiguousVersions(all, context);

        acknowledged.addAll(appendAfterRecovery(reopened.events(), all, context));
      }
    }
  }

  /** A new stream and one more event on the last stream the child wrote: both must land at the next positions. */
  private static List<UUID> appendAfterRecovery(EventStore store, List<StoredEvent> all, String context) {
    long head = all.size();
    UUID orderId = UUID.randomUUID();
    List<StoredEvent> fresh = store.append("order-" + orderId, 0, orderEvents(orderId, 2));
    assertThat(fresh).extracting(StoredEvent::position).as(context + ": a new stream after recovery").containsExactly(head + 1, head + 2);

    String lastStream = all.get(all.size() - 1).aggregateId();
    long version = store.readStream(lastStream, 0).size();
    List<StoredEvent> extended = store.append(lastStream, version, List.of(orderConfirmed(UUID.randomUUID())));
    assertThat(extended).singleElement().as(context + ": an existing stream after recovery").satisfies(event -> {
      assertThat(event.position()).isEqualTo(head + 3);
      assertThat(event.version()).isEqualTo(version + 1);
    });

    List<UUID> ids = new ArrayList<>();
    fresh.forEach(event -> ids.add(event.envelope().messageId()));
    ids.add(extended.get(0).envelope().messageId());
    return ids;
  }

  private static void assertEveryStreamHasContiguousVersions(List<StoredEvent> all, String context) {
    Map<String, Long> versions = new LinkedHashMap<>();
    for (StoredEvent event : all) {
      long expected = versions.getOrDefault(event.aggregateId(), 0L) + 1;
      assertThat(event.version()).as(context + ": version of %s at position %d", event.aggregateId(), event.position())
          .isEqualTo(expected);
      versions.put(event.aggregateId(), expected);
    }
  }

  private static List<StoredEvent> readEverything(EventStore store) {
    List<StoredEvent> all = new ArrayList<>();
    for (List<StoredEvent> page = store.readAll(0, 10_000); !page.isEmpty();
         page = store.readAll(page.get(page.size() - 1).position(), 10_000)) {
      all.addAll(page);
    }
    return all;
  }

  private KilledChild appendUntilKilled(Path dataDir, Duration killAfterFirstAck, int round) throws Exception {
    Path stderr = tempDir.resolve("child-" + round + ".err");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"),
        AppendUntilKilled.class.getName(),
        dataDir.toString(), String.valueOf(WRITER_THREADS), String.valueOf(CHILD_SAFETY_LIMIT_SECONDS))
        .redirectError(stderr.toFile())
        .start();
    try {
      AckReader acks = new AckReader(process.getInputStream());
      Thread reader = new Thread(acks, "child-stdout-" + round);
      reader.start();
      boolean acknowledging = acks.firstAck.await(CHILD_START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (acknowledging) Thread.sleep(killAfterFirstAck.toMillis());
      boolean alive = acknowledging && process.isAlive();
      process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close, no WAL checkpoint
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed child exited").isTrue();
      reader.join(TimeUnit.SECONDS.toMillis(30)); // lines already in the pipe were acknowledged too
      return new KilledChild(alive, Set.copyOf(acks.acknowledged), Files.readString(stderr));
    } finally {
      process.destroyForcibly();
    }
  }

  private record KilledChild(boolean aliveWhenKilled, Set<UUID> acknowledged, String stderr) {}

  /**
   * Reads the child's stdout to its end. Only whole lines count: a line cut off by the kill has no
   * newline and was never a complete promise (a truncated UUID could even parse as another one).
   */
  private static final class AckReader implements Runnable {
    final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    final CountDownLatch firstAck = new CountDownLatch(1);
    private final InputStream in;

    AckReader(InputStream in) {
      this.in = new BufferedInputStream(in);
    }

    @Override
    public void run() {
      StringBuilder line = new StringBuilder();
      try (in) {
        for (int b = in.read(); b != -1; b = in.read()) {
          if (b != '\n') {
            line.append((char) b); // the child prints ASCII only
            continue;
          }
          if (line.indexOf(AppendUntilKilled.ACK) == 0) {
            acknowledged.add(UUID.fromString(line.substring(AppendUntilKilled.ACK.length())));
            firstAck.countDown();
          }
          line.setLength(0);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
