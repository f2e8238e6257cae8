package dev.eventscope.services.bench;

/**
 * One benchmark run. {@code order-flow}: the orders context alone (PlaceOrder, ConfirmOrder,
 * GetOrderSummary per order, each waiting for its answer); {@code fulfilment}: the whole saga.
 */
public record BenchConfig(String workload, int orders, int threads, boolean tracing, String bus, String store, int warmupOrders) {
  public static final String ORDER_FLOW = "order-flow";
  public static final String FULFILMENT = "fulfilment";
}
