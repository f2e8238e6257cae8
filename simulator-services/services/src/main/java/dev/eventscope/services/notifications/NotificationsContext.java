package dev.eventscope.services.notifications;

import dev.eventscope.runtime.system.BoundedContext;
import dev.eventscope.runtime.system.Wiring;
import dev.eventscope.services.notifications.application.OrderNotifier;
import dev.eventscope.services.notifications.domain.Mailer;
import dev.eventscope.services.notifications.infrastructure.SimulatedMailer;
import java.util.Objects;

/** The notifications context's composition root: one subscriber that e-mails customers through the given mailer. */
public final class NotificationsContext implements BoundedContext {
  /** Not among the contract's context names: this context owns no messages, it only listens. */
  public static final String NAME = "notifications";

  private final Mailer mailer;
  private OrderNotifier notifier;

  /** With a {@link SimulatedMailer}. */
  public NotificationsContext() {
    this(new SimulatedMailer());
  }

  public NotificationsContext(Mailer mailer) {
    this.mailer = Objects.requireNonNull(mailer, "mailer");
  }

  public Mailer mailer() {
    return mailer;
  }

  /** The subscriber, once registered (for its skipped-replay count). */
  public OrderNotifier notifier() {
    return Objects.requireNonNull(notifier, "register the context first");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Wiring wiring) {
    notifier = new OrderNotifier(mailer);
    wiring.subscriber(notifier);
  }
}
