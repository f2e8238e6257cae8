package dev.eventscope.console.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the data folder (the embedded store and nothing else). */
public final class DataOption {
  static final String ENV = "EVENTSCOPE_DATA";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The data folder. Else from " + ENV + ", else 'data' in settings.yaml, "
          + "else the per-user data folder ($XDG_DATA_HOME/eventscope, ~/.local/share/eventscope).")
  Path data;

  /** The data folder to use: absolute, never null. */
  public Path resolve(CliContext context) {
    return context.settings().resolvePath(data, "--data", ENV, "data", context.dirs().data(), context.home());
  }
}
