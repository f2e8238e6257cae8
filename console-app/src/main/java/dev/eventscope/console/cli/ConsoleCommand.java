package dev.eventscope.console.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code eventscope console}: the JavaFX console window (a later issue builds it). */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Opens the console window (not built yet).",
    description = "Opens the console window on the embedded defaults (not built yet).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope console",
      "  eventscope            (the same)"
    })
public final class ConsoleCommand implements Callable<Integer> {
  private final CliContext context;

  public ConsoleCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    return notBuiltYet(context);
  }

  static int notBuiltYet(CliContext context) {
    context.err().println("eventscope: the console window is not built yet; "
        + "run the system headless with 'eventscope simulate' (see 'eventscope simulate --help')");
    context.err().flush();
    return Cli.USAGE;
  }
}
