package dev.eventscope.runtime.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters the whole system shares (commands sent/accepted/rejected, events stored/published/
 * delivered, duplicates suppressed, dead-lettered…). Cheap to increment from any thread.
 */
public final class Metrics {
  public static final String COMMANDS_SENT = "commands.sent";
  public static final String COMMANDS_ACCEPTED = "commands.accepted";
  public static final String COMMANDS_REJECTED = "commands.rejected";
  public static final String COMMANDS_FAILED = "commands.failed";
  public static final String QUERIES = "queries";
  public static final String EVENTS_STORED = "events.stored";
  public static final String EVENTS_PUBLISHED = "events.published";
  public static final String EVENTS_DELIVERED = "events.delivered";
  public static final String EVENTS_APPLIED = "events.applied";
  public static final String DUPLICATES_SUPPRESSED = "events.duplicatesSuppressed";
  public static final String GAPS_CAUGHT_UP = "events.gapsCaughtUp";
  /** Stored events the bus lost (or had not delivered long after publishing) that a sweep of the store applied. */
  public static final String EVENTS_RECOVERED = "events.recovered";
  public static final String DEAD_LETTERED = "events.deadLettered";
  /** Stored events a reader could not decode (corrupt, unknown type, newer schema) and reported. */
  public static final String EVENTS_UNDECODABLE = "events.undecodable";
  public static final String HANDLER_RETRIES = "events.handlerRetries";
  public static final String CONFLICT_RETRIES = "commands.conflictRetries";

  private static final List<String> KNOWN = List.of(COMMANDS_SENT, COMMANDS_ACCEPTED, COMMANDS_REJECTED, COMMANDS_FAILED, QUERIES,
      EVENTS_STORED, EVENTS_PUBLISHED, EVENTS_DELIVERED, EVENTS_APPLIED, DUPLICATES_SUPPRESSED, GAPS_CAUGHT_UP, EVENTS_RECOVERED,
      DEAD_LETTERED, EVENTS_UNDECODABLE, HANDLER_RETRIES, CONFLICT_RETRIES);

  private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

  /**
   * The well-known counters exist from the start, so incrementing one never takes the path that
   * creates it: compiled code that has never seen that path would be thrown away (deoptimized) the
   * first time a fresh system took it.
   */
  public Metrics() {
    for (String name : KNOWN) counters.put(name, new LongAdder());
  }

  public void increment(String name) {
    counter(name).increment();
  }

  public void add(String name, long delta) {
    counter(name).add(delta);
  }

  public long get(String name) {
    LongAdder adder = counters.get(name);
    return adder == null ? 0 : adder.sum();
  }

  /** The counters that have moved (a counter not listed is 0). */
  public Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    counters.forEach((name, adder) -> {
      long value = adder.sum();
      if (value != 0) copy.put(name, value);
    });
    return copy;
  }

  private LongAdder counter(String name) {
    LongAdder adder = counters.get(name);
    return adder != null ? adder : counters.computeIfAbsent(name, k -> new LongAdder());
  }
}
