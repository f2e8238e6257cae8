package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.store.StoredEvent;

/**
 * Where replayed events go: a projection's shadow copy, a handler, the bus. A target receives
 * events already marked {@code replay=true}, in position order.
 */
public interface ReplayTarget {
  /** As the report names it, e.g. {@code projection:order-summary}, {@code handler:notifier}, {@code bus}. */
  String name();

  /** Why this target does not take {@code event}, or null when it does (a context it ignores is a quiet no). */
  default String skipReason(StoredEvent event) {
    return null;
  }

  /** True when it does not want the event at all (not counted as skipped: e.g. another context's event). */
  default boolean ignores(StoredEvent event) {
    return false;
  }

  void apply(StoredEvent replayed) throws Exception;

  /**
   * The flow-graph node this target stands for ({@code subscriber:order-summary}), so a traced
   * replay can draw its deliveries; null when the target's own hops already show them (the bus).
   */
  default String node() {
    return null;
  }

  /**
   * True when a crashed job may resume from its checkpoint into this target. A shadow rebuild is
   * not: its copy died with the process, so it starts again.
   */
  default boolean resumable() {
    return true;
  }
}
