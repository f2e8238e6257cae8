package dev.eventscope.runtime.replay;

import static dev.eventscope.runtime.store.StoreFixtures.CODEC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.embedded.EmbeddedBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayDryRunTest {
  @TempDir Path tempDir;

  @Test
  void a_dry_run_counts_and_lists_and_leaves_the_data_folder_byte_identical() {
    Path dataDir = tempDir.resolve("data");
    List<StoredEvent> stored;
    try (EmbeddedBackend backend = new EmbeddedBackend(dataDir, CODEC)) {
      stored = ReplayFixtures.orders(backend.events(), 30);
      backend.checkpoints().write("outbox", stored.size());
    }
    Map<String, String> before = fingerprint(dataDir);

    ReplayReport report;
    try (EmbeddedBackend readOnly = EmbeddedBackend.openReadOnly(dataDir, CODEC)) {
      report = ReplayJob.dryRun(readOnly.events(), ReplaySelection.all().ofTypes(Set.of("OrderPlaced")), 5);
    }

    assertThat(fingerprint(dataDir)).isEqualTo(before);
    assertThat(report.state()).isEqualTo("dry-run");
    assertThat(report.selected()).isEqualTo(30);
    assertThat(report.replayed()).isZero();
    assertThat(report.byType()).containsExactly(Map.entry("OrderPlaced", 30L));
    assertThat(report.listed()).hasSize(5).extracting(ReplayReport.Listed::position)
        .containsExactly(stored.get(0).position(), stored.get(2).position(), stored.get(4).position(),
            stored.get(6).position(), stored.get(8).position());
  }

  /** Every file under the folder with a SHA-256 of its bytes and its modification time. */
  static Map<String, String> fingerprint(Path folder) {
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
