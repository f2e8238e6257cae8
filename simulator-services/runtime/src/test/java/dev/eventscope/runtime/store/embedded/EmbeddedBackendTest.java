package dev.eventscope.runtime.store.embedded;

import static dev.eventscope.runtime.store.StoreFixtures.CODEC;
import static dev.eventscope.runtime.store.StoreFixtures.aggregateId;
import static dev.eventscope.runtime.store.StoreFixtures.deadLetter;
import static dev.eventscope.runtime.store.StoreFixtures.orderEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.runtime.deadletter.DeadLetter;
import dev.eventscope.runtime.store.ConcurrencyException;
import dev.eventscope.runtime.store.StoreUnavailableException;
import dev.eventscope.runtime.store.StoredEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the embedded store promises: durability across restarts and a read-only open. */
class EmbeddedBackendTest {
  @TempDir
  Path tempDir;

  @Test
  void history_checkpoints_and_dead_letters_survive_close_and_reopen() {
    Path dataDir = tempDir.resolve("data");
    String aggregateId = aggregateId();
    UUID orderId = UUID.randomUUID();
    List<StoredEvent> before;
    DeadLetter letter;
    try (EmbeddedBackend backend = new EmbeddedBackend(dataDir, CODEC)) {
      before = backend.events().append(aggregateId, 0, orderEvents(orderId, 2));
      backend.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 1));
      backend.checkpoints().write("outbox", 3);
      letter = deadLetter(before.get(1), "notifications");
      backend.deadLetters().park(letter);
    }

    try (EmbeddedBackend reopened = new EmbeddedBackend(dataDir, CODEC)) {
      assertThat(reopened.events().readStream(aggregateId, 0)).isEqualTo(before);
      assertThat(reopened.events().lastPosition()).isEqualTo(3);
      assertThat(reopened.checkpoints().read("outbox")).hasValue(3);
      assertThat(reopened.deadLetters().list()).containsExactly(letter);
      assertThatThrownBy(() -> reopened.events().append(aggregateId, 1, orderEvents(orderId, 1)))
          .isInstanceOf(ConcurrencyException.class);
      assertThat(reopened.events().append(aggregateId, 2, orderEvents(orderId, 1)))
          .singleElement().satisfies(event -> {
            assertThat(event.position()).isEqualTo(4);
            assertThat(event.version()).isEqualTo(3);
          });
    }
  }

  @Test
  void a_read_only_open_refuses_writes_and_leaves_the_data_folder_byte_identical() {
    Path dataDir = tempDir.resolve("data");
    List<StoredEvent> stored;
    try (EmbeddedBackend backend = new EmbeddedBackend(dataDir, CODEC)) {
      stored = backend.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 3));
      backend.checkpoints().write("outbox", 3);
      backend.deadLetters().park(deadLetter(stored.get(0), "order-summary"));
    }
    Map<String, String> before = fingerprint(dataDir);

    try (EmbeddedBackend readOnly = EmbeddedBackend.openReadOnly(dataDir, CODEC)) {
      assertThat(readOnly.readOnly()).isTrue();
      assertThat(readOnly.events().readAll(0, 100)).isEqualTo(stored);
      assertThat(readOnly.events().readStream(stored.get(0).aggregateId(), 1)).isEqualTo(stored.subList(1, 3));
      assertThat(readOnly.events().lastPosition()).isEqualTo(3);
      assertThat(readOnly.events().describe()).contains("read-only");
      assertThat(readOnly.checkpoints().read("outbox")).hasValue(3);
      assertThat(readOnly.deadLetters().list()).hasSize(1);
      assertThatThrownBy(() -> readOnly.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 1)))
          .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("read-only");
      assertThatThrownBy(() -> readOnly.checkpoints().write("outbox", 1)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> readOnly.deadLetters().remove(UUID.randomUUID())).isInstanceOf(UnsupportedOperationException.class);
    }

    assertThat(fingerprint(dataDir)).isEqualTo(before);
  }

  @Test
  void a_read_only_open_beside_a_running_writer_reads_what_it_committed() {
    Path dataDir = tempDir.resolve("data");
    try (EmbeddedBackend writer = new EmbeddedBackend(dataDir, CODEC)) {
      List<StoredEvent> stored = writer.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 2));

      try (EmbeddedBackend readOnly = EmbeddedBackend.openReadOnly(dataDir, CODEC)) {
        assertThat(readOnly.events().readAll(0, 10)).isEqualTo(stored);
      }
    }
  }

  @Test
  void a_read_only_open_of_a_folder_without_a_store_fails_clearly_and_creates_nothing() {
    Path missing = tempDir.resolve("nothing-here");

    assertThatThrownBy(() -> EmbeddedBackend.openReadOnly(missing, CODEC))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("no embedded store in " + missing);
    assertThat(missing).doesNotExist();
  }

  @Test
  void opening_creates_the_data_folder_with_one_database_file() {
    Path dataDir = tempDir.resolve("a/b/data");

    try (EmbeddedBackend backend = new EmbeddedBackend(dataDir, CODEC)) {
      assertThat(backend.events().describe()).isEqualTo("embedded (" + dataDir.toAbsolutePath() + ")");
      assertThat(backend.durableReadModels()).isFalse();
    }

    assertThat(fingerprint(dataDir)).containsOnlyKeys(EmbeddedBackend.FILE_NAME);
  }

  /** Every file under the folder with a SHA-256 of its bytes and its modification time. */
  private static Map<String, String> fingerprint(Path folder) {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        hashes.put(folder.relativize(file).toString(), HexFormat.of().formatHex(digest) + " " + Files.getLastModifiedTime(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return hashes;
  }
}
