package dev.eventscope.contracts;

import dev.eventscope.contracts.fulfilment.FulfilmentQuery;
import dev.eventscope.contracts.inventory.StockCommand;
import dev.eventscope.contracts.inventory.StockEvent;
import dev.eventscope.contracts.inventory.StockQuery;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.orders.OrderCommand;
import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderPlacedV1ToV2;
import dev.eventscope.contracts.orders.OrderQuery;
import dev.eventscope.contracts.payments.PaymentCommand;
import dev.eventscope.contracts.payments.PaymentEvent;
import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.contracts.shipping.ShipmentCommand;
import dev.eventscope.contracts.shipping.ShipmentEvent;

/** Every message of the order-fulfilment system, by bounded context. */
public final class OrderFulfilmentContracts {
  public static final String ORDERS = "orders";
  public static final String INVENTORY = "inventory";
  public static final String PAYMENTS = "payments";
  public static final String SHIPPING = "shipping";
  public static final String FULFILMENT = "fulfilment";

  private static final ContractRegistry REGISTRY = build();

  private OrderFulfilmentContracts() {}

  public static ContractRegistry registry() {
    return REGISTRY;
  }

  private static ContractRegistry build() {
    ContractRegistry.Builder builder = ContractRegistry.builder();
    sealed(builder, ORDERS, OrderCommand.class);
    sealed(builder, ORDERS, OrderEvent.class);
    builder.register(ORDERS, OrderQuery.GetOrderSummary.class).register(ORDERS, OrderQuery.ListOrders.class);
    sealed(builder, INVENTORY, StockCommand.class);
    sealed(builder, INVENTORY, StockEvent.class);
    builder.register(INVENTORY, StockQuery.GetStockLevel.class).register(INVENTORY, StockQuery.ListStockLevels.class);
    sealed(builder, PAYMENTS, PaymentCommand.class);
    sealed(builder, PAYMENTS, PaymentEvent.class);
    sealed(builder, SHIPPING, ShipmentCommand.class);
    sealed(builder, SHIPPING, ShipmentEvent.class);
    builder.register(FULFILMENT, FulfilmentQuery.GetFulfilment.class)
        .register(FULFILMENT, FulfilmentQuery.ListActiveFulfilments.class);
    builder.upcaster(new OrderPlacedV1ToV2());
    return builder.build();
  }

  @SuppressWarnings("unchecked")
  private static void sealed(ContractRegistry.Builder builder, String context, Class<? extends Message> root) {
    for (Class<?> type : root.getPermittedSubclasses()) {
      int version = type == OrderEvent.OrderPlaced.class ? 2 : 1;
      builder.register(context, (Class<? extends Message>) type, version);
    }
  }
}
