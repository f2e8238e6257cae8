package dev.eventscope.runtime.testing;

import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.runtime.mediator.CommandHandler;
import dev.eventscope.runtime.subscriber.Subscriber;
import dev.eventscope.runtime.system.BoundedContext;
import dev.eventscope.runtime.system.Wiring;
import java.util.List;

/** A context whose one command appends one event to the stream it names; plus the subscribers to watch. */
public final class AppendingContext implements BoundedContext {
  private final List<Subscriber> subscribers;

  public AppendingContext(List<Subscriber> subscribers) {
    this.subscribers = subscribers;
  }

  @Override
  public String name() {
    return "orders";
  }

  @Override
  public void register(Wiring wiring) {
    wiring.command(new CommandHandler<ConfirmOrder, Accepted>() {
      @Override
      public Class<ConfirmOrder> type() {
        return ConfirmOrder.class;
      }

      @Override
      public Accepted handle(Envelope<ConfirmOrder> command) {
        String id = command.payload().orderId().toString();
        long version = wiring.store().readStream(id, 0).size();
        Envelope<Event> event = command.causes(new OrderConfirmed(command.payload().orderId()), 1, "orders");
        wiring.store().append(id, version, List.of(event));
        return new Accepted(id, version + 1, 1);
      }
    });
    subscribers.forEach(wiring::subscriber);
  }
}
