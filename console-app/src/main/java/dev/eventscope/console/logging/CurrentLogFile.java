package dev.eventscope.console.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import dev.eventscope.console.cli.LogFiles;
import java.nio.file.Path;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/** The file this run logs to: the one logback writes, which the launcher chose (see {@link LogFiles}). */
public final class CurrentLogFile {
  private CurrentLogFile() {}

  public static Path path() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
      for (Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> each = root.iteratorForAppenders(); each.hasNext(); ) {
        if (each.next() instanceof FileAppender<?> file && file.getFile() != null) return Path.of(file.getFile());
      }
    }
    String chosen = LogFiles.current();
    return chosen == null ? Path.of(System.getProperty("java.io.tmpdir"), "eventscope-logs", "eventscope.log") : Path.of(chosen);
  }
}
