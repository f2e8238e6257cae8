package dev.eventscope.benchmarks.axon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.eventscope.benchmarks.OrderRules;
import dev.eventscope.benchmarks.axon.AxonOrderCommands.ConfirmOrderCommand;
import dev.eventscope.benchmarks.axon.AxonOrderCommands.PlaceOrderCommand;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.contracts.orders.OrderStatus;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * The Order aggregate written the way Axon's guide writes one: annotated command handlers decide
 * with the same rules as Eventscope's Order, {@code @EventSourcingHandler}s change state.
 */
public class AxonOrder {
  @AggregateIdentifier
  private String orderId;
  private OrderStatus status;

  /** For Axon, which creates an empty aggregate before replaying its events. */
  protected AxonOrder() {}

  @CommandHandler
  public AxonOrder(PlaceOrderCommand command) {
    List<OrderLine> lines = command.lines() == null ? List.of() : command.lines();
    String problem = OrderRules.problemWith(command.customerId(), lines);
    if (problem != null) throw new IllegalArgumentException(problem);
    apply(new OrderPlaced(command.orderId(), command.customerId(), List.copyOf(lines), OrderRules.totalCents(lines),
        OrderRules.CURRENCY, command.paymentToken()));
  }

  @CommandHandler
  public void handle(ConfirmOrderCommand command) {
    if (status == OrderStatus.CONFIRMED || status == OrderStatus.SHIPPED) return; // already done
    if (status != OrderStatus.PENDING) throw new IllegalStateException("a " + status + " order cannot be confirmed");
    apply(new OrderConfirmed(command.orderId()));
  }

  @EventSourcingHandler
  void on(OrderPlaced event) {
    orderId = event.orderId().toString();
    status = OrderStatus.PENDING;
  }

  @EventSourcingHandler
  void on(OrderConfirmed event) {
    status = OrderStatus.CONFIRMED;
  }
}
