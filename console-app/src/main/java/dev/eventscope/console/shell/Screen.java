package dev.eventscope.console.shell;

/** The screens of the navigation rail, in rail order. {@code ready} is false for the ones not built yet. */
public enum Screen {
  FLOW("Flow", true, "The live command and event flow."),
  TRACE("Trace", true, "One flow's causation tree with timings."),
  EVENTS("Events", false, "The stored events, paged and filterable by type, aggregate and correlation id, with each event's JSON."),
  COMMANDS("Commands", true, "Send commands; place random orders."),
  BUS("Bus", false, "The bus strategy and broker health, and a live switch between in-memory, Kafka, RabbitMQ and Redis without losing or repeating an event."),
  REPLAY("Replay", false, "Replay stored events to projections, handlers or the bus: by range, type, aggregate or correlation, at any speed, with pause, resume, step and a dry run."),
  SCENARIOS("Scenarios", false, "Run and edit the ready-made scenarios (happy path, black Friday, flaky payments, poison message, duplicates and reordering, broker outage) and check their expectations."),
  DEAD_LETTERS("Dead letters", false, "Messages a subscriber parked after repeated failures: inspect, retry or discard them.");

  private final String title;
  private final boolean ready;
  private final String description;

  Screen(String title, boolean ready, String description) {
    this.title = title;
    this.ready = ready;
    this.description = description;
  }

  public String title() {
    return title;
  }

  public boolean ready() {
    return ready;
  }

  public String description() {
    return description;
  }
}
