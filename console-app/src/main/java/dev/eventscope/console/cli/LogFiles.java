package dev.eventscope.console.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Chooses this run's log file and prunes old ones. Logback has no "keep the last N files" for
 * one-file-per-run logs (its rolling policies count time periods), so the pruning lives here.
 */
public final class LogFiles {
  /** The folder of this run's log; read by logback.xml. */
  public static final String DIR_PROPERTY = "eventscope.log.dir";
  /** This run's log file; read by logback.xml and named in error messages. */
  public static final String FILE_PROPERTY = "eventscope.log.file";
  /** How many run logs stay, this run's included. */
  public static final int KEEP = 10;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
  private static final String PREFIX = "eventscope-";
  private static final String SUFFIX = ".log";

  private LogFiles() {}

  /** Sets the log properties for this run (unless already set) and returns the log file. */
  public static Path prepare(Path logDir) {
    String preset = System.getProperty(FILE_PROPERTY);
    if (preset != null) return Path.of(preset);
    Path dir = ensureDir(logDir) ? logDir : Path.of(System.getProperty("java.io.tmpdir"), "eventscope-logs");
    prune(dir, KEEP - 1);
    Path file = dir.resolve(PREFIX + STAMP.format(LocalDateTime.now()) + SUFFIX);
    System.setProperty(DIR_PROPERTY, dir.toString());
    System.setProperty(FILE_PROPERTY, file.toString());
    return file;
  }

  /** This run's log file, when the launcher chose one. */
  public static String current() {
    return System.getProperty(FILE_PROPERTY);
  }

  /** Deletes the oldest run logs in {@code dir} so that at most {@code keep} remain. */
  public static void prune(Path dir, int keep) {
    List<Path> logs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(LogFiles::isRunLog).sorted().forEach(logs::add);
    } catch (IOException e) {
      return;
    }
    // The names start with a sortable timestamp, so name order is age order.
    for (int i = 0; i < logs.size() - keep; i++) {
      try {
        Files.deleteIfExists(logs.get(i));
      } catch (IOException ignored) {
        // Another run may be pruning too, or the file is not ours to delete: leave it.
      }
    }
  }

  private static boolean isRunLog(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(path);
  }

  private static boolean ensureDir(Path dir) {
    if (Files.isDirectory(dir)) return Files.isWritable(dir);
    try {
      Path parent = dir.getParent();
      if (parent != null) Files.createDirectories(parent);
      // Logs may hold hosts, ids and payloads: owner-only, like the rest of the state folder should be.
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      return true;
    } catch (UnsupportedOperationException e) {
      return createPlain(dir);
    } catch (IOException e) {
      return Files.isDirectory(dir) && Files.isWritable(dir);
    }
  }

  private static boolean createPlain(Path dir) {
    try {
      Files.createDirectories(dir);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
