package dev.eventscope.services.notifications.infrastructure;

import dev.eventscope.services.notifications.domain.Email;
import dev.eventscope.services.notifications.domain.Mailer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A mailer that sends nothing: it counts the e-mails and keeps the last {@value #KEPT} so the
 * console and tests can show what customers would have received.
 */
public final class SimulatedMailer implements Mailer {
  public static final int KEPT = 100;
  private static final Logger LOG = LoggerFactory.getLogger(SimulatedMailer.class);

  private final LongAdder sent = new LongAdder();
  private final Deque<Email> recent = new ArrayDeque<>(KEPT);

  @Override
  public void send(Email email) {
    sent.increment();
    synchronized (recent) {
      if (recent.size() == KEPT) recent.removeFirst();
      recent.addLast(email);
    }
    LOG.debug("simulated e-mail to {}: {}", email.to(), email.subject());
  }

  public long sentCount() {
    return sent.sum();
  }

  /** The most recent e-mails, oldest first. */
  public List<Email> recent() {
    synchronized (recent) {
      return List.copyOf(recent);
    }
  }
}
