package dev.eventscope.services.notifications.application;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderEvent.OrderCancelled;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderEvent.OrderRejected;
import dev.eventscope.contracts.orders.OrderEvent.OrderShipped;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.subscriber.Subscriber;
import dev.eventscope.services.notifications.domain.Email;
import dev.eventscope.services.notifications.domain.Mailer;
import dev.eventscope.services.notifications.domain.OrderEmails;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Tells customers when their order is confirmed, rejected, cancelled or shipped. Replayed events
 * are skipped (and counted): a replay must never e-mail a customer twice. The customer of each
 * order is remembered from OrderPlaced until the order's last e-mail; an order placed before a
 * restart (this subscriber resumes from its checkpoint) is addressed by its id instead.
 */
public final class OrderNotifier implements Subscriber {
  public static final String NAME = "notifications";

  private final Mailer mailer;
  private final Map<UUID, String> customers = new ConcurrentHashMap<>();
  private final LongAdder skippedReplays = new LongAdder();

  public OrderNotifier(Mailer mailer) {
    this.mailer = mailer;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> contexts() {
    return Set.of(OrderFulfilmentContracts.ORDERS);
  }

  @Override
  public boolean hasOutsideEffects() {
    return true;
  }

  @Override
  public void handle(StoredEvent stored) {
    if (!(stored.payload() instanceof OrderEvent event)) return;
    if (stored.envelope().replay()) {
      skippedReplays.increment();
      return;
    }
    if (event instanceof OrderPlaced placed) {
      customers.put(placed.orderId(), placed.customerId());
      return;
    }
    Optional<Email> email = OrderEmails.about(event, recipient(event.orderId()));
    email.ifPresent(mailer::send);
    if (event instanceof OrderShipped || event instanceof OrderRejected || event instanceof OrderCancelled) {
      customers.remove(event.orderId()); // nothing more will be sent about this order
    }
  }

  public long skippedReplays() {
    return skippedReplays.sum();
  }

  private String recipient(UUID orderId) {
    String customer = customers.get(orderId);
    return (customer != null ? customer : "customer-of-" + orderId) + "@customers.example";
  }
}
