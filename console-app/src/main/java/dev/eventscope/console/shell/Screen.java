package dev.eventscope.console.shell;

/** The screens of the navigation rail, in rail order. {@code ready} is false for the ones not built yet. */
public enum Screen {
  FLOW("Flow", true, "The live command and event flow."),
  TRACE("Trace", true, "One flow's causation tree with timings."),
  EVENTS("Events", true, "The stored events, paged and filterable by type, aggregate and correlation id, with each event's JSON."),
  COMMANDS("Commands", true, "Send commands; place random orders."),
  BUS("Bus", true, "The bus strategy and broker health, and a live switch between in-memory, Kafka, RabbitMQ and Redis without losing or repeating an event."),
  SAGAS("Sagas", true, "The order-fulfilment sagas in flight: step, deadline, compensation."),
  REPLAY("Replay", true, "Replay stored events to projections, handlers or the bus: by range, time, type, aggregate, correlation "
      + "or context, at any speed, with pause, resume, step, a live count and a report."),
  SCENARIOS("Scenarios", true, "Run the ready-made scenarios (happy path, black Friday, flaky payments, poison message, "
      + "duplicates and reordering, broker outage) with live charts, switch faults on live, and check their expectations."),
  DEAD_LETTERS("Dead letters", true, "Messages a subscriber parked after repeated failures: inspect, retry or discard them."),
  SETTINGS("Settings", true, "Where the store and brokers are, each tested before it is saved; the store to use; the theme."),
  LOGS("Logs", true, "This run's log file, followed as it grows, filtered by level.");

  private final String title;
  private final boolean ready;
  private final String description;

  Screen(String title, boolean ready, String description) {
    this.title = title;
    this.ready = ready;
    this.description = description;
  }

  /** The name on the command line ({@code --screen}): {@code flow}, {@code events}, {@code dead-letters}… */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Accepts the id or the constant's name, any case. */
  public static Screen parse(String name) {
    String wanted = name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    for (Screen screen : values()) {
      if (screen.id().equals(wanted)) return screen;
    }
    throw new IllegalArgumentException("unknown screen '" + name + "' (" + String.join(", ",
        java.util.Arrays.stream(values()).map(Screen::id).toList()) + ")");
  }

  public String title() {
    return title;
  }

  public boolean ready() {
    return ready;
  }

  /** Shows the running system (so waits for it); Settings and Logs work before it starts, or when it failed to. */
  public boolean needsSystem() {
    return ready && this != SETTINGS && this != LOGS;
  }

  public String description() {
    return description;
  }
}
