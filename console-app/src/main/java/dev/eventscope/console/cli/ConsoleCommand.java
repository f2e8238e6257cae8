package dev.eventscope.console.cli;

import dev.eventscope.console.app.ConsoleLauncher;
import dev.eventscope.console.app.ConsoleOptions;
import dev.eventscope.console.app.ConsolePreferences;
import dev.eventscope.console.remote.ApiClient;
import dev.eventscope.console.remote.RemoteCallException;
import dev.eventscope.console.remote.RemoteServer;
import dev.eventscope.contracts.json.JsonCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eventscope console} (and {@code eventscope} alone): the JavaFX console window. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Opens the console window.",
    description = {
      "Opens the console window with the order-fulfilment system running inside it: the live flow graph, "
          + "traces, the command composer. Defaults: in-memory bus, embedded store in the data folder.",
      "With --screenshot and --exit-after it saves a PNG of the window and exits (slides, docs, smoke tests).",
      "With --attach it starts no system: it watches one served by 'eventscope serve' (flow, trace, events, bus)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope                      (the same as 'eventscope console')",
      "  eventscope console --theme dark --store memory",
      "  eventscope console --scenario flaky-payments --screenshot scenarios.png --exit-after 12s",
      "  eventscope console --store memory --scenario happy-path --screen events --screenshot events.png --exit-after 8s",
      "  eventscope console --screen settings     (connections, tested before they are saved)",
      "  eventscope console --screen logs --theme dark",
      "  eventscope console --presentation --theme high-contrast     (a trainer at a projector)",
      "  eventscope console --attach http://127.0.0.1:8080     (a system started with 'eventscope serve')",
      "  eventscope console --attach http://10.0.0.5:8080 --token-file ~/.config/eventscope/api-token",
      "  xvfb-run -a eventscope console --screenshot shot.png --exit-after 5s",
      "      on a machine without a display",
      "",
      "Files: settings.yaml and the owner-only secrets.yaml (passwords) in $XDG_CONFIG_HOME/eventscope",
      "(~/.config/eventscope), written by the Settings screen; console.yaml there remembers the theme, window",
      "size, the tour and recent scenarios. Logs: $XDG_STATE_HOME/eventscope/logs (~/.local/state/...), last 10 runs."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the window was closed (or the screenshot was saved with the system running)",
      "1:a screenshot run could not save its picture, or the system did not start, or the server to attach to did not answer",
      "2:bad usage, or no display to open the window on (DISPLAY and WAYLAND_DISPLAY unset)"
    })
public final class ConsoleCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin StoreOption store;
  @Mixin DataOption data;

  @Option(names = "--theme", paramLabel = "THEME",
      description = "light, dark or high-contrast (default: the one used last, else light; the console remembers it "
          + "and its window size in console.yaml beside settings.yaml).")
  String theme;

  @Option(names = "--scenario", paramLabel = "NAME",
      description = "Start a scenario once the system is up, on the Scenarios screen: happy-path, black-friday, flaky-payments, "
      + "poison-message, duplicates-and-reordering, broker-outage, or one of scenarios/.")
  String scenario;

  @Option(names = "--screenshot", paramLabel = "FILE", description = "Save a PNG of the window (needs --exit-after).")
  Path screenshot;

  @Option(names = "--exit-after", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Close the window after this long, like 8s (taking the screenshot first).")
  Duration exitAfter;

  @Option(names = "--screen", paramLabel = "NAME",
      description = "The screen to open first: flow (default), trace, events, commands, bus, sagas, dead-letters, settings, logs…")
  String screen;

  @Option(names = "--attach", paramLabel = "URL",
      description = "Watch the system served at URL by 'eventscope serve' (http://host:port) instead of starting one; "
          + "not with --store, --data or --scenario.")
  String attach;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "With --attach: a file holding the server's bearer token (sent as Authorization: Bearer; never shown).")
  Path tokenFile;

  @Option(names = "--tour", description = "Open the guided tour at start (it opens by itself on the first run; later from Help).")
  boolean tour;

  @Option(names = "--presentation", description = "Start in presentation mode: larger type, graph labels and nodes for a projector "
      + "(the Presentation button on the Flow screen turns it off).")
  boolean presentation;

  public ConsoleCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (attach != null) return attach();
    if (tokenFile != null) throw new UsageException("--token-file goes with --attach (the server's token)");
    String storeName = store == null ? new StoreOption().resolve(context, StoreOption.EMBEDDED) : store.resolve(context, StoreOption.EMBEDDED);
    Path dataDir = StoreOption.EMBEDDED.equals(storeName) ? (data == null ? new DataOption() : data).resolve(context) : null;
    ConsoleOptions options;
    try {
      options = new ConsoleOptions(storeName, dataDir, theme, scenario, screenshot, exitAfter, screen,
          context.dirs().config().resolve(ConsolePreferences.FILE_NAME));
      if (tour) options = options.withTour();
      if (presentation) options = options.withPresentation();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return open(context, options);
  }

  /** {@code --attach}: checks the server before the window opens, so a wrong address is one line, not a window. */
  private int attach() {
    if ((store != null && store.store != null) || (data != null && data.data != null) || scenario != null) {
      throw new UsageException("--attach watches a served system: --store, --data and --scenario belong to 'eventscope serve' there");
    }
    RemoteServer server;
    try {
      server = RemoteServer.parse(attach, tokenFile == null ? null : TokenFile.read(tokenFile));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--attach: " + e.getMessage());
    }
    try {
      new ApiClient(server, JsonCodec.newMapper()).checkServer();
    } catch (RemoteCallException e) {
      context.err().println(Cli.prefixed("cannot attach the console: " + e.getMessage()));
      context.err().flush();
      return 1;
    }
    ConsoleOptions options;
    try {
      options = new ConsoleOptions(StoreOption.MEMORY, null, theme, null, screenshot, exitAfter, screen,
          context.dirs().config().resolve(ConsolePreferences.FILE_NAME), tour, presentation, server);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return open(context, options);
  }

  /** What {@code eventscope} alone does: the console on the resolved defaults. */
  static int openWithDefaults(CliContext context) {
    return new ConsoleCommand(context).call();
  }

  private static int open(CliContext context, ConsoleOptions options) {
    String display = context.env().get("DISPLAY");
    String wayland = context.env().get("WAYLAND_DISPLAY");
    if (isBlank(display) && isBlank(wayland)) {
      throw new UsageException("no display to open the console on (DISPLAY is not set): run it on a desktop, under "
          + "'xvfb-run -a', or use 'eventscope simulate' to run the system headless");
    }
    return ConsoleLauncher.launch(options);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
