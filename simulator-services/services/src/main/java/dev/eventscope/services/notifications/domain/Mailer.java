package dev.eventscope.services.notifications.domain;

/** Sends e-mail: an effect outside the system, which is why replayed events must never reach it. */
public interface Mailer {
  void send(Email email);
}
