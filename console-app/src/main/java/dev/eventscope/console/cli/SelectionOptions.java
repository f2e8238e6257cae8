package dev.eventscope.console.cli;

import dev.eventscope.runtime.replay.ReplaySelection;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import picocli.CommandLine.Option;

/** Which stored events a command works on (replay, export): positions, time, types, aggregates, correlation, contexts. */
public final class SelectionOptions {
  @Option(names = "--from-position", paramLabel = "N", description = "First position (inclusive).")
  Long fromPosition;

  @Option(names = "--to-position", paramLabel = "N", description = "Last position (inclusive).")
  Long toPosition;

  @Option(names = "--since", paramLabel = "TIME", description = "Events that occurred at or after TIME (ISO-8601, 2026-01-31T12:00:00Z).")
  Instant since;

  @Option(names = "--until", paramLabel = "TIME", description = "Events that occurred at or before TIME.")
  Instant until;

  @Option(names = "--type", paramLabel = "TYPE", split = ",", description = "Event types, e.g. OrderPlaced,OrderRejected.")
  Set<String> types;

  @Option(names = "--aggregate", paramLabel = "ID", split = ",", description = "Aggregate (stream) ids.")
  Set<String> aggregates;

  @Option(names = "--correlation", paramLabel = "UUID", description = "One flow's correlation id.")
  UUID correlation;

  @Option(names = "--context", paramLabel = "NAME", split = ",", description = "Owning bounded contexts, e.g. orders,inventory.")
  Set<String> contexts;

  /** @throws UsageException when the filters contradict each other */
  ReplaySelection selection() {
    if (fromPosition != null && fromPosition < 0) throw new UsageException("--from-position must be 0 or more, got " + fromPosition);
    if (toPosition != null && toPosition < 0) throw new UsageException("--to-position must be 0 or more, got " + toPosition);
    if (fromPosition != null && toPosition != null && toPosition < fromPosition) {
      throw new UsageException("--to-position " + toPosition + " is before --from-position " + fromPosition);
    }
    if (since != null && until != null && until.isBefore(since)) throw new UsageException("--until " + until + " is before --since " + since);
    try {
      return ReplaySelection.all()
          .positions(fromPosition == null ? 0 : fromPosition, toPosition)
          .between(since, until)
          .ofTypes(types)
          .ofAggregates(aggregates)
          .ofCorrelation(correlation)
          .ofContexts(contexts);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
