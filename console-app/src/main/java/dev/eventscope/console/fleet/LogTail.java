package dev.eventscope.console.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a child's log file: its last lines, or the first line that starts a certain way. */
public final class LogTail {
  private LogTail() {}

  /** The last {@code count} lines (fewer if the file is shorter; none if it does not exist). */
  public static List<String> last(Path log, int count) {
    List<String> lines = lines(log);
    return List.copyOf(lines.subList(Math.max(0, lines.size() - count), lines.size()));
  }

  /** The first line starting with {@code prefix}, stripped. */
  public static Optional<String> firstStartingWith(Path log, String prefix) {
    return lines(log).stream().map(String::strip).filter(line -> line.startsWith(prefix)).findFirst();
  }

  private static List<String> lines(Path log) {
    if (!Files.isRegularFile(log)) return List.of();
    try {
      // Progress bars and the like write carriage returns: treat them as line ends.
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).replace('\r', '\n').lines().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
