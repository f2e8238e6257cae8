package dev.eventscope.console.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real command tree in-process with a made-up environment and captured output. */
final class CliRun {
  final Map<String, String> env = new HashMap<>();
  final Path home;
  Terminal terminal = Terminal.none();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  CliRun(Path home) {
    this.home = home;
  }

  CliRun env(String name, String value) {
    env.put(name, value);
    return this;
  }

  CliRun answering(String answer) {
    terminal = new Terminal() {
      @Override
      public boolean interactive() {
        return true;
      }

      @Override
      public String ask(String prompt) {
        out.append(prompt);
        return answer;
      }
    };
    return this;
  }

  CliContext context() {
    return new CliContext(env, home, terminal, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  int run(String... args) {
    return Cli.run(context(), args);
  }

  /** Parses without running, for looking at what a command would do. */
  <T> T parsed(Class<T> type, String... args) {
    CommandLine commandLine = Cli.commandLine(context());
    CommandLine.ParseResult result = commandLine.parseArgs(args);
    while (result.hasSubcommand()) result = result.subcommand();
    return type.cast(result.commandSpec().userObject());
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }

  List<String> errLines() {
    return err.toString().lines().toList();
  }
}
