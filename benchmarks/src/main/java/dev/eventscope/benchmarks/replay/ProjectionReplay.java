package dev.eventscope.benchmarks.replay;

import dev.eventscope.contracts.orders.OrderSummary;
import dev.eventscope.runtime.replay.ReplayJob;
import dev.eventscope.runtime.replay.ReplayReport;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.replay.ReplaySpeed;
import dev.eventscope.runtime.replay.ShadowReadModels;
import dev.eventscope.runtime.replay.SubscriberTarget;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.services.orders.application.OrderSummaryProjection;
import java.util.List;

/**
 * The replay engine rebuilding the order-summary projection into a shadow copy, as
 * {@code eventscope replay --target projections:order-summary} does (pages read, every event decoded,
 * selected, marked replayed and applied), short of comparing and swapping the copy in at the end.
 */
final class ProjectionReplay {
  private ProjectionReplay() {}

  static ReplayReport rebuildOrderSummary(EventStore store) {
    OrderSummaryProjection shadow = new OrderSummaryProjection(new ShadowReadModels().open(OrderSummaryProjection.NAME, OrderSummary.class));
    return new ReplayJob(null, store, ReplaySelection.all(), List.of(SubscriberTarget.shadow(shadow)), ReplaySpeed.MAX, null).run();
  }
}
