package dev.eventscope.console;

import dev.eventscope.console.cli.Cli;
import dev.eventscope.console.cli.CliContext;
import dev.eventscope.console.cli.LogFiles;

/**
 * The one entry point ({@code java -cp ... dev.eventscope.console.Launcher}, the {@code eventscope}
 * script, jpackage). A plain class, not the JavaFX {@code Application}, so the same class path works
 * everywhere (see PLATFORM.md).
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    CliContext context = CliContext.system();
    // Before anything asks for a logger: logback.xml reads the log file's path from a system property.
    LogFiles.prepare(context.dirs().logs());
    int exitCode = Cli.run(context, args);
    context.out().flush();
    context.err().flush();
    System.exit(exitCode);
  }
}
