package dev.eventscope.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {
  @TempDir Path dir;

  @Test
  void the_last_lines_and_the_ready_line_are_found() throws Exception {
    Path log = dir.resolve("kafka.log");
    Files.writeString(log, IntStream.rangeClosed(1, 30).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"))
        + "\r--kafka-bootstrap 127.0.0.1:39092\n");
    assertThat(LogTail.last(log, 3)).containsExactly("line 29", "line 30", "--kafka-bootstrap 127.0.0.1:39092");
    assertThat(LogTail.firstStartingWith(log, "--kafka-bootstrap ")).contains("--kafka-bootstrap 127.0.0.1:39092");
    assertThat(LogTail.firstStartingWith(log, "mongodb://")).isEmpty();
  }

  @Test
  void a_log_not_written_yet_has_no_lines() {
    assertThat(LogTail.last(dir.resolve("absent.log"), 20)).isEmpty();
  }

  @Test
  void free_ports_are_distinct() {
    assertThat(FreePorts.pick(5)).doesNotHaveDuplicates().allSatisfy(port -> assertThat(port).isBetween(1, 65_535));
  }
}
