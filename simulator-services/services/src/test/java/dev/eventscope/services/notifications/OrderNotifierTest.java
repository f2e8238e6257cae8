package dev.eventscope.services.notifications;

import static dev.eventscope.services.testing.OrderFixture.CUSTOMER;
import static dev.eventscope.services.testing.OrderFixture.ORDER_ID;
import static dev.eventscope.services.testing.OrderFixture.placedOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.orders.OrderEvent.OrderCancelled;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderRejected;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.services.notifications.application.OrderNotifier;
import dev.eventscope.services.notifications.domain.Email;
import dev.eventscope.services.notifications.infrastructure.SimulatedMailer;
import dev.eventscope.services.testing.StoredEvents;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderNotifierTest {
  private final SimulatedMailer mailer = new SimulatedMailer();
  private final OrderNotifier notifier = new OrderNotifier(mailer);
  private final StoredEvents stream = new StoredEvents();

  @Test
  void tells_the_customer_that_the_order_is_confirmed() {
    notifier.handle(stream.append(ORDER_ID.toString(), placedOrder()));
    notifier.handle(stream.append(ORDER_ID.toString(), new OrderConfirmed(ORDER_ID)));

    assertThat(mailer.sentCount()).isEqualTo(1);
    Email email = mailer.recent().get(0);
    assertThat(email.to()).startsWith(CUSTOMER + "@");
    assertThat(email.subject()).contains("confirmed");
  }

  @Test
  void tells_the_customer_why_an_order_was_rejected() {
    notifier.handle(stream.append(ORDER_ID.toString(), placedOrder()));
    notifier.handle(stream.append(ORDER_ID.toString(), new OrderRejected(ORDER_ID, "out of stock: sku-pear")));

    assertThat(mailer.recent()).singleElement().extracting(Email::body).asString().contains("out of stock: sku-pear");
  }

  @Test
  void placing_an_order_sends_nothing() {
    notifier.handle(stream.append(ORDER_ID.toString(), placedOrder()));
    assertThat(mailer.sentCount()).isZero();
  }

  @Test
  void skips_and_counts_replayed_events() {
    notifier.handle(stream.append(ORDER_ID.toString(), placedOrder()));
    StoredEvent cancelled = stream.append(ORDER_ID.toString(), new OrderCancelled(ORDER_ID, null));

    notifier.handle(cancelled.asReplay());

    assertThat(mailer.sentCount()).isZero();
    assertThat(notifier.skippedReplays()).isEqualTo(1);
  }

  @Test
  void keeps_only_the_last_hundred_emails() {
    for (int i = 0; i < 150; i++) {
      UUID order = new UUID(7, i);
      notifier.handle(stream.append(order.toString(), new OrderConfirmed(order)));
    }
    assertThat(mailer.sentCount()).isEqualTo(150);
    assertThat(mailer.recent()).hasSize(SimulatedMailer.KEPT);
    assertThat(mailer.recent().get(0).orderId()).isEqualTo(new UUID(7, 50));
  }
}
