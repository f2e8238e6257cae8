package dev.eventscope.services.replay;

import dev.eventscope.runtime.store.EventStore;
import java.util.List;
import java.util.Optional;

/**
 * When a replay must be confirmed first: re-publishing to a bus (every subscriber gets the events
 * again), or replaying more than {@link #NON_LOCAL_THRESHOLD} events against a store that is not
 * on this machine. The question says how many events and which targets.
 */
public final class ReplayGuard {
  /** Events above which a replay against a non-local store asks first. */
  public static final long NON_LOCAL_THRESHOLD = 10_000;

  private ReplayGuard() {}

  /** True when the store lives in this process or this machine's data folder (memory, embedded). */
  public static boolean local(EventStore store) {
    return !store.describe().startsWith("mongodb");
  }

  /** Whether {@link #question} could ask anything (so callers count the selection only then). */
  public static boolean mayAsk(ReplayTargetChoice target, boolean localStore) {
    return target.kind() == ReplayTargetChoice.Kind.BUS || !localStore;
  }

  /** The question to ask before the replay, or empty when it may go ahead. */
  public static Optional<String> question(ReplayTargetChoice target, List<String> targetNames, long selected, boolean localStore,
      String storeName) {
    String events = String.format("%,d %s", selected, selected == 1 ? "event" : "events");
    if (target.kind() == ReplayTargetChoice.Kind.BUS) {
      return Optional.of("Re-publish " + events + " to " + String.join(", ", targetNames) + "? Every subscriber of their "
          + "contexts receives them again (marked replay; handlers with outside effects skip them).");
    }
    if (!localStore && selected > NON_LOCAL_THRESHOLD) {
      return Optional.of("Replay " + events + " from " + storeName + " (not a local store) into " + String.join(", ", targetNames) + "?");
    }
    return Optional.empty();
  }
}
