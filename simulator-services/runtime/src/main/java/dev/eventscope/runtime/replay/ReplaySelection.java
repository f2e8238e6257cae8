package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.store.StoredEvent;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Which stored events a replay takes. Every criterion narrows; an absent one (null, empty set)
 * takes everything. Positions and times are inclusive on both ends.
 *
 * @param fromPosition first position taken (0 or 1 = from the start)
 * @param toPosition last position taken; null = up to the store's last position when the job starts
 * @param from first occurred-at taken; null = no lower bound
 * @param to last occurred-at taken; null = no upper bound
 * @param types event type names (e.g. {@code OrderPlaced})
 * @param aggregateIds stream ids
 * @param correlationId one flow
 * @param contexts owning bounded contexts (the envelope's source)
 */
public record ReplaySelection(long fromPosition, Long toPosition, Instant from, Instant to, Set<String> types,
    Set<String> aggregateIds, UUID correlationId, Set<String> contexts) {

  public ReplaySelection {
    if (fromPosition < 0) throw new IllegalArgumentException("fromPosition must be >= 0, was " + fromPosition);
    if (toPosition != null && toPosition < fromPosition) {
      throw new IllegalArgumentException("toPosition " + toPosition + " is before fromPosition " + fromPosition);
    }
    if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException("time range ends before it starts");
    types = types == null ? Set.of() : Set.copyOf(types);
    aggregateIds = aggregateIds == null ? Set.of() : Set.copyOf(aggregateIds);
    contexts = contexts == null ? Set.of() : Set.copyOf(contexts);
  }

  /** Every stored event. */
  public static ReplaySelection all() {
    return new ReplaySelection(0, null, null, null, Set.of(), Set.of(), null, Set.of());
  }

  public ReplaySelection positions(long first, Long last) {
    return new ReplaySelection(first, last, from, to, types, aggregateIds, correlationId, contexts);
  }

  public ReplaySelection between(Instant first, Instant last) {
    return new ReplaySelection(fromPosition, toPosition, first, last, types, aggregateIds, correlationId, contexts);
  }

  public ReplaySelection ofTypes(Set<String> names) {
    return new ReplaySelection(fromPosition, toPosition, from, to, names, aggregateIds, correlationId, contexts);
  }

  public ReplaySelection ofAggregates(Set<String> ids) {
    return new ReplaySelection(fromPosition, toPosition, from, to, types, ids, correlationId, contexts);
  }

  public ReplaySelection ofCorrelation(UUID id) {
    return new ReplaySelection(fromPosition, toPosition, from, to, types, aggregateIds, id, contexts);
  }

  public ReplaySelection ofContexts(Set<String> names) {
    return new ReplaySelection(fromPosition, toPosition, from, to, types, aggregateIds, correlationId, names);
  }

  /** True when nothing narrows the selection: a projection rebuilt from it is complete. */
  public boolean everything() {
    return fromPosition <= 1 && toPosition == null && from == null && to == null && types.isEmpty()
        && aggregateIds.isEmpty() && correlationId == null && contexts.isEmpty();
  }

  /** True when only a position range narrows the selection: every event in the range is selected. */
  boolean positionsOnly() {
    return from == null && to == null && types.isEmpty() && aggregateIds.isEmpty() && correlationId == null && contexts.isEmpty();
  }

  /** The position the scan starts after. */
  long startAfter() {
    return Math.max(0, fromPosition - 1);
  }

  public boolean matches(StoredEvent event) {
    if (event.position() < fromPosition) return false;
    if (toPosition != null && event.position() > toPosition) return false;
    Instant at = event.envelope().occurredAt();
    if (from != null && (at == null || at.isBefore(from))) return false;
    if (to != null && (at == null || at.isAfter(to))) return false;
    if (!types.isEmpty() && !types.contains(event.type())) return false;
    if (!aggregateIds.isEmpty() && !aggregateIds.contains(event.aggregateId())) return false;
    if (correlationId != null && !correlationId.equals(event.envelope().correlationId())) return false;
    return contexts.isEmpty() || contexts.contains(event.context());
  }
}
