package dev.eventscope.console.graph;

import dev.eventscope.console.ui.Formats;
import dev.eventscope.runtime.trace.Hop;

/** Running figures of one edge; owned by {@link FlowGraphModel} and touched only on the tick thread. */
final class EdgeStats {
  final String id;
  final String from;
  final String to;
  final RecentHops recent = new RecentHops();
  long count;
  long errors;
  int sinceTick;
  int errorsSinceTick;
  double rate;
  double activity;
  long lastErrorMillis = Long.MIN_VALUE;
  int replaysSinceTick;
  long lastReplayMillis = Long.MIN_VALUE;

  EdgeStats(String from, String to) {
    this.id = idOf(from, to);
    this.from = from;
    this.to = to;
  }

  static String idOf(String from, String to) {
    return from + "->" + to;
  }

  void record(Hop hop, boolean error) {
    count++;
    sinceTick++;
    if (error) {
      errors++;
      errorsSinceTick++;
    }
    if (hop.replay()) replaysSinceTick++;
    recent.add(hop);
  }

  /**
   * Moves the figures on by {@code elapsedMillis}: the rate is an exponentially weighted average
   * over about {@link FlowGraphModel#RATE_WINDOW_MILLIS}, and activity jumps to 1 on traffic and
   * otherwise decays with time constant {@link FlowGraphModel#FADE_MILLIS} (so a pulse is visible
   * for about two seconds whatever the tick rate).
   */
  void advance(long nowMillis, long elapsedMillis) {
    double instant = sinceTick * 1_000.0 / elapsedMillis;
    rate += (instant - rate) * (1 - Math.exp(-elapsedMillis / FlowGraphModel.RATE_WINDOW_MILLIS));
    if (rate < 0.01) rate = 0;
    activity = sinceTick > 0 ? 1.0 : activity * Math.exp(-elapsedMillis / FlowGraphModel.FADE_MILLIS);
    if (activity < 0.02) activity = 0;
    if (errorsSinceTick > 0) lastErrorMillis = nowMillis;
    if (replaysSinceTick > 0) lastReplayMillis = nowMillis;
    replaysSinceTick = 0;
    sinceTick = 0;
    errorsSinceTick = 0;
  }

  boolean errorShowing(long nowMillis) {
    return lastErrorMillis != Long.MIN_VALUE && nowMillis - lastErrorMillis < FlowGraphModel.ERROR_HOLD_MILLIS;
  }

  /** True while replayed messages passed recently: the edge is then drawn as replay traffic. */
  boolean replayShowing(long nowMillis) {
    return lastReplayMillis != Long.MIN_VALUE && nowMillis - lastReplayMillis < FlowGraphModel.REPLAY_HOLD_MILLIS;
  }

  /**
   * {@code 20}, {@code 20 · 2.1/s}, {@code 20 · 2.1/s · ✗3}: the rate only while there is one, and
   * how many hops failed, were rejected or parked (short: labels share little room).
   */
  /** Count, rate and failures; none on a fault's edges (the fault node names them; the details pane counts them). */
  String label() {
    return label(true);
  }

  /** The label without the rate: presentation mode's, short enough to stay clear at a larger size. */
  String shortLabel() {
    return label(false);
  }

  private String label(boolean withRate) {
    if (NodeRole.of(from) == NodeRole.FAULT) return "";
    StringBuilder label = new StringBuilder(Formats.count(count));
    if (withRate && rate >= 0.05) label.append(" · ").append(Formats.rate(rate));
    if (errors > 0) label.append(" · ✗").append(Formats.count(errors));
    return label.toString();
  }
}
