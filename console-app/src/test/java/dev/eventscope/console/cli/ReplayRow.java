package dev.eventscope.console.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreBackends;
import dev.eventscope.services.reliability.ReliabilityRow;
import java.nio.file.Path;

/**
 * The reliability row of a replay killed mid-way and run again, from the second run's report and
 * the store: the killed run's checkpoint covers the events up to {@code resumedAfter} (none for a
 * rebuild, which starts again), the second run took {@code selected} events after it. A stored
 * event neither covered nor taken is lost; one both covered and taken was taken twice. Replays
 * read the store, not a bus: the row goes in the one-process memory table.
 */
final class ReplayRow {
  private ReplayRow() {}

  static ReliabilityRow of(String fault, long orders, Path data, JsonNode secondRun) {
    long stored;
    long covered;
    try (StoreBackend backend = StoreBackends.open("embedded", data, new JsonCodec(OrderFulfilmentContracts.registry()))) {
      EventStore events = backend.events();
      stored = events.countBetween(0, events.lastPosition());
      covered = events.countBetween(0, secondRun.path("resumedAfter").asLong());
    }
    long taken = secondRun.path("selected").asLong();
    long lost = Math.max(0, stored - covered - taken);
    long twice = Math.max(0, covered + taken - stored);
    long recovery = (secondRun.path("durationMs").asLong() + 999) / 1_000;
    return new ReliabilityRow("memory", fault, orders, stored, lost, twice, recovery);
  }
}
