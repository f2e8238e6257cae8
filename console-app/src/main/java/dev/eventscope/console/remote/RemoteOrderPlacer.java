package dev.eventscope.console.remote;

import dev.eventscope.console.commands.OrderPlacer;
import dev.eventscope.contracts.inventory.StockCommand.RestockItem;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.services.simulation.OrderGenerator;
import dev.eventscope.services.simulation.OrderGenerator.PlannedOrder;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Flow screen's "Place 10 orders" for a served system: the same generated orders as
 * {@link OrderPlacer}, restocked first, sent with {@code POST /api/commands/{type}}. Blocking.
 */
public final class RemoteOrderPlacer {
  private static final Logger LOG = LoggerFactory.getLogger(RemoteOrderPlacer.class);

  private final ApiClient api;
  private final JsonCodec codec;

  public RemoteOrderPlacer(ApiClient api, JsonCodec codec) {
    this.api = api;
    this.codec = codec;
  }

  /** Answers how many orders the server accepted. */
  public int place(int count, long seed) {
    List<PlannedOrder> plan = OrderGenerator.plan(count, seed, OrderPlacer.DEMO_DECLINE_RATE, OrderPlacer.DEMO_SHORTAGE_RATE);
    try {
      OrderGenerator.stockFor(plan).forEach((sku, quantity) -> send(new RestockItem(sku, quantity)));
    } catch (RemoteCallException e) {
      LOG.warn("could not restock before placing orders: {}", e.getMessage());
      return 0;
    }
    int accepted = 0;
    for (PlannedOrder order : plan) {
      try {
        send(order.command());
        accepted++;
      } catch (RemoteCallException e) {
        LOG.warn("PlaceOrder {} was not accepted: {}", order.command().orderId(), e.getMessage());
        if (e.status() == 0) break;
      }
    }
    LOG.info("placed {} of {} orders on {}", accepted, count, api.server().address());
    return accepted;
  }

  private void send(Message command) {
    api.post("/api/commands/" + Envelope.typeName(command), codec.payloadTree(command));
  }
}
