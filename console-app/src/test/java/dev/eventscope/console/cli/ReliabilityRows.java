package dev.eventscope.console.cli;

import dev.eventscope.services.reliability.ReliabilityRow;
import dev.eventscope.services.reliability.ReliabilityTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The console's process-kill runs write their rows into {@code benchmarks/RELIABILITY.md} as they
 * finish (before their assertions, like the services' suite), each replacing its own row only.
 */
final class ReliabilityRows {
  /** The file, from the console-app module's folder (where Surefire runs the tests). */
  static final Path FILE = Path.of("../benchmarks/RELIABILITY.md");

  private ReliabilityRows() {}

  static void record(ReliabilityRow row) {
    try {
      ReliabilityTable.merge("console", List.of(row), FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
