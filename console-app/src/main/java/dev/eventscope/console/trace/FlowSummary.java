package dev.eventscope.console.trace;

import java.util.UUID;

/** One recent flow as the trace screen lists it: what started it, how big it is, whether anything failed. */
public record FlowSummary(UUID correlationId, String rootType, int hops, long errors, long startedAtMicros, long lastAtMicros) {}
