package dev.eventscope.console.replay;

import dev.eventscope.runtime.replay.ReplaySelection;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Replay screen's filters as the operator types them; {@link #selection} reads them into a
 * {@link ReplaySelection}, naming the field that does not parse. Empty fields take everything.
 */
public final class ReplayFilters {
  private final StringProperty fromPosition = new SimpleStringProperty("");
  private final StringProperty toPosition = new SimpleStringProperty("");
  private final StringProperty since = new SimpleStringProperty("");
  private final StringProperty until = new SimpleStringProperty("");
  private final StringProperty types = new SimpleStringProperty("");
  private final StringProperty aggregateIds = new SimpleStringProperty("");
  private final StringProperty correlationId = new SimpleStringProperty("");
  private final StringProperty contexts = new SimpleStringProperty("");

  /** Every field, to listen for changes. */
  public List<Observable> all() {
    return List.of(fromPosition, toPosition, since, until, types, aggregateIds, correlationId, contexts);
  }

  /** @throws IllegalArgumentException naming the field that does not parse */
  public ReplaySelection selection() {
    Long first = position(fromPosition.get(), "from position");
    Long last = position(toPosition.get(), "to position");
    Instant from = instant(since.get(), "since");
    Instant to = instant(until.get(), "until");
    return ReplaySelection.all()
        .positions(first == null ? 0 : first, last)
        .between(from, to)
        .ofTypes(names(types.get()))
        .ofAggregates(names(aggregateIds.get()))
        .ofCorrelation(uuid(correlationId.get()))
        .ofContexts(names(contexts.get()));
  }

  private static Long position(String text, String field) {
    if (text == null || text.isBlank()) return null;
    try {
      long value = Long.parseLong(text.strip().replace(",", "").replace("_", ""));
      if (value >= 0) return value;
    } catch (NumberFormatException e) {
      // one message below
    }
    throw new IllegalArgumentException(field + ": a position, 0 or more");
  }

  private static Instant instant(String text, String field) {
    if (text == null || text.isBlank()) return null;
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": a time like 2026-01-31T12:00:00Z");
    }
  }

  private static UUID uuid(String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("correlation id: a UUID");
    }
  }

  /** Names separated by commas or spaces. */
  private static Set<String> names(String text) {
    if (text == null || text.isBlank()) return Set.of();
    return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public StringProperty fromPositionProperty() {
    return fromPosition;
  }

  public StringProperty toPositionProperty() {
    return toPosition;
  }

  public StringProperty sinceProperty() {
    return since;
  }

  public StringProperty untilProperty() {
    return until;
  }

  public StringProperty typesProperty() {
    return types;
  }

  public StringProperty aggregateIdsProperty() {
    return aggregateIds;
  }

  public StringProperty correlationIdProperty() {
    return correlationId;
  }

  public StringProperty contextsProperty() {
    return contexts;
  }
}
