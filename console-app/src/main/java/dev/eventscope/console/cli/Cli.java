package dev.eventscope.console.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the {@code eventscope} command and maps every failure to one line and an exit code. */
public final class Cli {
  /** The command did what was asked and every check passed. */
  public static final int OK = 0;
  /** The command ran but a consistency or expectation check failed. */
  public static final int CHECK_FAILED = 1;
  /** Bad usage, or the command could not run; one line on stderr says why. */
  public static final int USAGE = 2;

  private Cli() {}

  public static int run(CliContext context, String... args) {
    return commandLine(context).execute(args);
  }

  public static CommandLine commandLine(CliContext context) {
    CommandLine commandLine = new CommandLine(new EventscopeCommand(context), new ContextFactory(context));
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    ValueConverters.register(commandLine);
    // Errors go to the context's stream even for a subcommand added later (and so not told of setErr).
    commandLine.setParameterExceptionHandler((e, args) -> badUsage(context.err(), e));
    commandLine.setExecutionExceptionHandler((e, command, parsed) -> failed(context.err(), e, command));
    return commandLine;
  }

  private static int badUsage(PrintWriter err, ParameterException e) {
    CommandLine command = e.getCommandLine();
    StringBuilder line = new StringBuilder(firstLine(e.getMessage()));
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      line.append("; did you mean ").append(String.join(" or ", unmatched.getSuggestions())).append('?');
    }
    line.append(" (see '").append(command.getCommandSpec().qualifiedName()).append(" --help')");
    err.println(prefixed(line.toString()));
    err.flush();
    return USAGE;
  }

  private static int failed(PrintWriter err, Exception e, CommandLine command) {
    if (e instanceof UsageException) {
      err.println(prefixed(firstLine(e.getMessage())));
    } else {
      // The stack trace goes to the log file only: a person sees one line and where the rest is.
      Logger failures = LoggerFactory.getLogger("eventscope.failures");
      failures.error("{} failed", command.getCommandSpec().qualifiedName(), e);
      String log = LogFiles.current();
      err.println(prefixed(command.getCommandSpec().name() + " failed: " + describe(e)
          + (log == null ? "" : " (details in " + log + ")")));
    }
    err.flush();
    return USAGE;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : firstLine(message) + " (" + type + ")";
  }

  static String prefixed(String message) {
    return "eventscope: " + UriMasking.mask(message);
  }

  static String firstLine(String message) {
    if (message == null) return "unknown error";
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }
}
