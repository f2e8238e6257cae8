package dev.eventscope.console.commands;

import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.services.simulation.OrderGenerator;
import dev.eventscope.services.simulation.OrderGenerator.PlannedOrder;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places generated orders the way a demo needs them: first restock what the orders will take
 * (otherwise every order would fail for lack of stock), then place them one by one. Blocking:
 * call it off the UI thread.
 */
public final class OrderPlacer {
  private static final Logger LOG = LoggerFactory.getLogger(OrderPlacer.class);
  /** Some declined payments and shortages, so a click also shows compensation at work. */
  public static final double DEMO_DECLINE_RATE = 0.1;
  public static final double DEMO_SHORTAGE_RATE = 0.05;

  private final Mediator mediator;
  private final String source;

  public OrderPlacer(Mediator mediator, String source) {
    this.mediator = mediator;
    this.source = source;
  }

  /** Answers how many orders the system accepted. */
  public int place(int count, long seed, double declineRate, double shortageRate) {
    List<PlannedOrder> plan = OrderGenerator.plan(count, seed, declineRate, shortageRate);
    OrderGenerator.stockFor(plan).forEach((sku, quantity) -> mediator.send(new RestockItem(sku, quantity), source));
    int accepted = 0;
    for (PlannedOrder order : plan) {
      try {
        mediator.send(order.command(), source);
        accepted++;
      } catch (RuntimeException e) {
        LOG.warn("PlaceOrder {} was not accepted: {}", order.command().orderId(), e.getMessage());
      }
    }
    LOG.info("placed {} of {} orders (seed {})", accepted, count, seed);
    return accepted;
  }
}
