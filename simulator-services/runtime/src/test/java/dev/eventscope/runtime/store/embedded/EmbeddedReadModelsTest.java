package dev.eventscope.runtime.store.embedded;

import static dev.eventscope.runtime.store.StoreFixtures.CODEC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.projection.memory.InMemoryReadModelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store keeps read-model rows in a scratch SQLite file of its own, off the heap. */
class EmbeddedReadModelsTest {
  record Row(String id, String status, long totalCents, List<String> skus, Instant placedAt) {}

  private static final Instant AT = Instant.parse("2024-03-01T12:00:00.123456Z");

  @TempDir Path data;

  @Test
  void rows_are_written_read_replaced_and_cleared_outside_the_heap() {
    try (EmbeddedBackend backend = new EmbeddedBackend(data, CODEC)) {
      ReadModelStore<Row> rows = backend.readModels().open("order_summary", Row.class);
      assertThat(rows).isNotInstanceOf(InMemoryReadModelStore.class);
      Row first = new Row("a", "PLACED", 2_500, List.of("SKU-1", "SKU-2"), AT);
      rows.put("a", first);
      rows.put("b", new Row("b", "PLACED", 10, List.of(), AT));
      rows.put("b", new Row("b", "SHIPPED", 10, List.of(), AT));

      assertThat(rows.get("a")).hasValue(first);
      assertThat(rows.get("b")).get().extracting(Row::status).isEqualTo("SHIPPED");
      assertThat(rows.get("nope")).isEmpty();
      assertThat(rows.count()).isEqualTo(2);

      rows.replaceAll(Map.of("b", new Row("b", "CONFIRMED", 2, List.of(), AT), "c", new Row("c", "PLACED", 3, List.of(), AT)));
      assertThat(rows.all()).extracting(Row::id, Row::status).containsExactlyInAnyOrder(tuple("b", "CONFIRMED"), tuple("c", "PLACED"));

      rows.clear();
      assertThat(rows.count()).isZero();
    }
  }

  @Test
  void two_read_models_do_not_share_rows_and_the_scratch_file_is_gone_after_close() throws IOException {
    Path scratch;
    try (EmbeddedBackend backend = new EmbeddedBackend(data, CODEC)) {
      ReadModelStore<Row> orders = backend.readModels().open("orders", Row.class);
      ReadModelStore<Row> other = backend.readModels().open("other", Row.class);
      orders.put("a", new Row("a", "PLACED", 1, List.of(), AT));
      assertThat(other.get("a")).isEmpty();
      scratch = scratchFilesOfThisProcess().filter(Files::exists).findFirst().orElseThrow();
    }
    assertThat(scratch).doesNotExist();
    try (Stream<Path> files = Files.list(data)) {
      assertThat(files.map(path -> path.getFileName().toString())).as("nothing beside the store in the data folder")
          .allMatch(name -> name.startsWith(EmbeddedBackend.FILE_NAME));
    }
  }

  @Test
  void a_read_only_store_keeps_read_models_in_memory_and_writes_no_file() {
    try (EmbeddedBackend backend = new EmbeddedBackend(data, CODEC)) {
      backend.events();
    }
    try (EmbeddedBackend readOnly = EmbeddedBackend.openReadOnly(data, CODEC)) {
      assertThat(readOnly.readModels().open("orders", Row.class)).isInstanceOf(InMemoryReadModelStore.class);
    }
  }

  private static Stream<Path> scratchFilesOfThisProcess() throws IOException {
    String prefix = "eventscope-read-models-" + ProcessHandle.current().pid() + "-";
    return Files.list(Path.of(System.getProperty("java.io.tmpdir"))).filter(path -> path.getFileName().toString().startsWith(prefix));
  }
}
