package dev.eventscope.benchmarks;

import java.util.function.Supplier;

/** A system in the comparison: how to time one run of it, and how to start one to weigh its heap. */
public interface Contender {
  String name();

  /** Orders per second of one single-threaded run of {@code orders} orders on a fresh system. */
  double ordersPerSecond(int orders);

  /** A fresh system, left running for the caller. */
  OrderFlow start();

  /** A contender timed by {@link OrderFlow#drive}: the clock runs from the first order until the projections caught up. */
  static Contender driven(String name, Supplier<OrderFlow> start) {
    return new Contender() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public double ordersPerSecond(int orders) {
        try (OrderFlow flow = start.get()) {
          long started = System.nanoTime();
          flow.drive(orders);
          return orders / ((System.nanoTime() - started) / 1e9);
        }
      }

      @Override
      public OrderFlow start() {
        return start.get();
      }
    };
  }
}
