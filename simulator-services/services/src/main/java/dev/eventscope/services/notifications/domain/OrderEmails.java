package dev.eventscope.services.notifications.domain;

import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderEvent.OrderCancelled;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderRejected;
import dev.eventscope.contracts.orders.OrderEvent.OrderShipped;
import java.util.Optional;

/** Which order events a customer hears about, and in what words. */
public final class OrderEmails {
  private OrderEmails() {}

  /** The e-mail for this event, or empty when the customer is not told about it. */
  public static Optional<Email> about(OrderEvent event, String recipient) {
    String order = "order " + event.orderId();
    if (event instanceof OrderConfirmed) {
      return Optional.of(new Email(recipient, "Your " + order + " is confirmed",
          "Good news: your " + order + " is confirmed and will ship soon.", event.orderId()));
    }
    if (event instanceof OrderRejected rejected) {
      return Optional.of(new Email(recipient, "We could not accept your " + order,
          "Sorry, we could not accept your " + order + ": " + rejected.reason() + ". You have not been charged.",
          event.orderId()));
    }
    if (event instanceof OrderCancelled cancelled) {
      String why = cancelled.reason() == null ? "" : " (" + cancelled.reason() + ")";
      return Optional.of(new Email(recipient, "Your " + order + " is cancelled",
          "Your " + order + " has been cancelled" + why + ".", event.orderId()));
    }
    if (event instanceof OrderShipped shipped) {
      return Optional.of(new Email(recipient, "Your " + order + " has shipped",
          "Your " + order + " is on its way (shipment " + shipped.shipmentId() + ").", event.orderId()));
    }
    return Optional.empty();
  }
}
