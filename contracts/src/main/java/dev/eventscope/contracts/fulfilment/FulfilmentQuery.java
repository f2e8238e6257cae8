package dev.eventscope.contracts.fulfilment;

import dev.eventscope.contracts.message.Query;
import java.util.UUID;

/** Questions about the fulfilment saga: where each order's process stands and its deadline. */
public final class FulfilmentQuery {
  private FulfilmentQuery() {}

  public record GetFulfilment(UUID orderId) implements Query<FulfilmentView> {}

  /** The saga instances that have not finished yet (the answer to "why is this order stuck?"). */
  public record ListActiveFulfilments() implements Query<FulfilmentList> {}
}
