package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {
  @TempDir Path logs;

  private String[] names() throws IOException {
    try (Stream<Path> files = Files.list(logs)) {
      return files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void pruning_keeps_the_newest_run_logs_and_leaves_other_files_alone() throws IOException {
    for (int day = 10; day < 25; day++) Files.writeString(logs.resolve("eventscope-202611" + day + "-120000-000.log"), "run");
    Files.writeString(logs.resolve("notes.txt"), "mine");

    LogFiles.prune(logs, 9);

    assertThat(names()).hasSize(10).startsWith("eventscope-20261116-120000-000.log").endsWith("notes.txt");
  }

  @Test
  void pruning_a_folder_that_does_not_exist_does_nothing() {
    LogFiles.prune(logs.resolve("missing"), 9);
  }
}
