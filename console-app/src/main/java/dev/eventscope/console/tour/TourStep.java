package dev.eventscope.console.tour;

import dev.eventscope.console.shell.Screen;

/** The tour's steps, in order, each with the screen it is about. */
public enum TourStep {
  PLACE_ORDERS(Screen.COMMANDS, "Place some orders",
      "Press \"Place 10 orders\" on the Flow screen, or send any command from Commands. Each order runs through "
          + "payment, stock and shipping."),
  WATCH_THE_GRAPH(Screen.FLOW, "Watch the graph",
      "Flow draws every command, handler, aggregate, event and subscriber as it happens. Click a node or an edge for "
          + "its counts and latest messages."),
  OPEN_A_TRACE(Screen.TRACE, "Open a trace",
      "Trace shows one order's causation tree: which command caused which event, and how long each hop took."),
  RUN_A_SCENARIO(Screen.SCENARIOS, "Run a scenario",
      "Scenarios play a ready-made day: black Friday, flaky payments, a poison message, a broker outage, and check "
          + "what should hold afterwards."),
  TRY_A_REPLAY(Screen.REPLAY, "Try a replay",
      "Replay sends stored events again to projections, handlers or the bus, at any speed, with a dry run first.");

  private final Screen screen;
  private final String title;
  private final String text;

  TourStep(Screen screen, String title, String text) {
    this.screen = screen;
    this.title = title;
    this.text = text;
  }

  public Screen screen() {
    return screen;
  }

  public String title() {
    return title;
  }

  public String text() {
    return text;
  }
}
