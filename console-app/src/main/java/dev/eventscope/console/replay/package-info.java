/**
 * The Replay screen: choose stored events (positions, times, types, aggregates, correlation,
 * contexts) with a live count, a target (projections, handlers, the bus) and a speed, then play,
 * pause, step or cancel a replay on the running system and read its report. The engine is the one
 * {@code eventscope replay} and {@code /api/replays} use.
 */
package dev.eventscope.console.replay;
