package dev.eventscope.console.logs;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what was appended to a log file since the last read, whole lines only. Starts at most
 * {@code startBytes} before the end, so opening a long log does not read all of it.
 */
final class LogTail {
  private final Path file;
  private final long startBytes;
  private long offset = -1;
  private LogLevel lastLevel = LogLevel.INFO;
  private byte[] partial = new byte[0];

  LogTail(Path file, long startBytes) {
    this.file = file;
    this.startBytes = startBytes;
  }

  /** The new complete lines; none when the file does not exist (yet). */
  List<LogLine> read() throws IOException {
    List<LogLine> lines = new ArrayList<>();
    if (!Files.isRegularFile(file)) return lines;
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      if (offset < 0 || length < offset) {
        offset = Math.max(0, length - startBytes);
        partial = new byte[0];
      }
      if (length == offset) return lines;
      byte[] fresh = new byte[(int) Math.min(length - offset, 4 << 20)];
      in.seek(offset);
      in.readFully(fresh);
      offset += fresh.length;
      byte[] all = new byte[partial.length + fresh.length];
      System.arraycopy(partial, 0, all, 0, partial.length);
      System.arraycopy(fresh, 0, all, partial.length, fresh.length);
      int start = 0;
      for (int i = 0; i < all.length; i++) {
        if (all[i] != '\n') continue;
        lines.add(line(new String(all, start, i - start, StandardCharsets.UTF_8)));
        start = i + 1;
      }
      partial = java.util.Arrays.copyOfRange(all, start, all.length);
    }
    return lines;
  }

  private LogLine line(String text) {
    LogLevel level = LogLevel.in(text);
    if (level != null) lastLevel = level;
    return new LogLine(lastLevel, text.stripTrailing());
  }
}
