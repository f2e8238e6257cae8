package dev.eventscope.benchmarks;

import java.util.UUID;

/**
 * One running system under the order-flow workload: per order PlaceOrder, then ConfirmOrder, then
 * the order-summary query, each waiting for its answer. Closing it stops the system.
 */
public interface OrderFlow extends AutoCloseable {
  /** Places, confirms and queries one order, from the calling thread. */
  void order(UUID orderId);

  /** Returns once every projection reflects every order sent so far. */
  void awaitCaughtUp();

  @Override
  void close();

  /** Runs {@code orders} orders and waits for the projections: the timed part of a run. */
  default void drive(int orders) {
    for (int i = 0; i < orders; i++) order(UUID.randomUUID());
    awaitCaughtUp();
  }
}
