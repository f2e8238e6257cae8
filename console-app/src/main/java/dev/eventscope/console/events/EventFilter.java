package dev.eventscope.console.events;

import dev.eventscope.runtime.store.StoredEvent;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the user asked to see. Blank fields select everything. {@code type} and {@code aggregateId}
 * are exact (the type ignoring case); {@code correlation} matches a full id or any part of it (the
 * table shows the last 8 characters); {@code text} is a case-insensitive substring of the payload
 * JSON; {@code from}/{@code to} (nullable) bound the event's time, both inclusive.
 */
public record EventFilter(String type, String aggregateId, String correlation, String text, Instant from, Instant to) {
  public static final EventFilter NONE = new EventFilter("", "", "", "", null, null);

  public EventFilter {
    type = clean(type);
    aggregateId = clean(aggregateId);
    correlation = clean(correlation).toLowerCase(Locale.ROOT);
    text = clean(text).toLowerCase(Locale.ROOT);
  }

  public static EventFilter of(String type, String aggregateId, String correlation, String text) {
    return new EventFilter(type, aggregateId, correlation, text, null, null);
  }

  public boolean selectsAll() {
    return type.isEmpty() && aggregateId.isEmpty() && correlation.isEmpty() && text.isEmpty() && from == null && to == null;
  }

  /** {@code payloadJson} is only asked for when a free-text filter is set (it costs an encode). */
  public boolean matches(StoredEvent event, Function<StoredEvent, String> payloadJson) {
    if (!type.isEmpty() && !type.equalsIgnoreCase(event.type())) return false;
    if (!aggregateId.isEmpty() && !aggregateId.equals(event.aggregateId())) return false;
    if (!correlation.isEmpty() && !event.envelope().correlationId().toString().contains(correlation)) return false;
    Instant at = event.envelope().occurredAt();
    if (from != null && at.isBefore(from)) return false;
    if (to != null && at.isAfter(to)) return false;
    return text.isEmpty() || payloadJson.apply(event).toLowerCase(Locale.ROOT).contains(text);
  }

  private static String clean(String value) {
    return value == null ? "" : value.trim();
  }
}
