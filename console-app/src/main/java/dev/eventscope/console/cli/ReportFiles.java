package dev.eventscope.console.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a report path before a run starts, so a long run is not thrown away at its end because
 * its report could not be written (a folder given for a file, a folder that cannot be made).
 */
final class ReportFiles {
  private ReportFiles() {}

  static void requireWritable(String option, Path file) {
    if (file == null) return;
    Path target = file.toAbsolutePath();
    if (Files.isDirectory(target)) throw new UsageException(option + " " + file + " is a folder: give a file name");
    try {
      Files.createDirectories(target.getParent());
    } catch (IOException e) {
      throw new UsageException(option + " " + file + ": cannot create its folder (" + Cli.firstLine(e.getMessage()) + ")");
    }
    if (Files.exists(target) ? !Files.isWritable(target) : !Files.isWritable(target.getParent())) {
      throw new UsageException(option + " " + file + " cannot be written (no permission)");
    }
  }
}
