package dev.eventscope.console.theme;

/**
 * The CSS class names the views set and the theme files style. One list, so a renamed class is a
 * compile error in the views and a single search in the CSS.
 */
public final class Styles {
  public static final String ROOT = "eventscope";

  public static final String NAV_RAIL = "nav-rail";
  public static final String NAV_BUTTON = "nav-button";
  public static final String NAV_TITLE = "nav-title";
  public static final String NAV_SOON = "nav-soon";

  public static final String STATUS_BAR = "status-bar";
  public static final String STATUS_ITEM = "status-item";
  public static final String HEALTH_DOT = "health-dot";
  public static final String HEALTHY = "healthy";
  public static final String UNHEALTHY = "unhealthy";

  public static final String DETAILS_PANE = "details-pane";
  public static final String CENTRE = "centre";
  public static final String PAGE = "page";
  public static final String CARD = "card";
  public static final String WELCOME = "welcome-card";
  public static final String GRAPH_AREA = "graph-area";
  public static final String LEGEND = "legend";
  public static final String LEGEND_SWATCH = "legend-swatch";

  public static final String TITLE = "title";
  public static final String SUBTITLE = "subtitle";
  public static final String MUTED = "muted";
  public static final String MONO = "mono";
  public static final String ERROR_TEXT = "error-text";
  /** On an input field whose text could not be read (the reason is beside it). */
  public static final String INVALID_FIELD = "invalid-field";
  public static final String OK_TEXT = "ok-text";
  public static final String PRIMARY = "primary";
  public static final String FORM = "form";

  /** Rows and cells whose hop or message ended badly (failed, rejected, parked). */
  public static final String OUTCOME_ERROR = "outcome-error";
  public static final String OUTCOME_WARN = "outcome-warn";

  public static final String EVENTS_VIEW = "events-view";
  public static final String EVENTS_TABLE = "events-table";
  public static final String BUS_STRATEGY = "bus-strategy";
  public static final String BUS_CURRENT = "bus-current";
  public static final String SCENARIO_CENTRE = "scenario-centre";
  public static final String SCENARIO_SCROLL = "scenario-scroll";
  public static final String SCENARIO_PHASE = "scenario-phase";
  public static final String SCENARIO_CELL = "scenario-cell";
  public static final String TRAINER_BAR = "trainer-bar";
  public static final String TRAINER_STATE = "trainer-state";
  /** The guided tour: the dimmed layer, its card, and the navigation item a step points at. */
  public static final String TOUR_LAYER = "tour-layer";
  public static final String TOUR_CARD = "tour-card";
  public static final String TOUR_HIGHLIGHT = "tour-highlight";
  public static final String HELP_BUTTON = "help-button";
  /** On the root while presentation mode is on: larger type for a projector. */
  public static final String PRESENTATION = "presentation";

  private Styles() {}
}
