package dev.eventscope.console.settings;

import dev.eventscope.console.cli.UriMasking;

/** One readable line for a failed connection test: the innermost cause, masked and not too long. */
final class ProbeFailure {
  private static final int MAX = 240;

  private ProbeFailure() {}

  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = root.getMessage();
    if (message == null || message.isBlank()) message = root.getClass().getSimpleName();
    String line = UriMasking.mask(message.strip().lines().findFirst().orElse(message));
    if (root != failure && failure.getMessage() != null && line.length() < 40) {
      line = UriMasking.mask(failure.getMessage().strip().lines().findFirst().orElse("")) + " (" + line + ")";
    }
    return line.length() > MAX ? line.substring(0, MAX - 1) + "…" : line;
  }
}
