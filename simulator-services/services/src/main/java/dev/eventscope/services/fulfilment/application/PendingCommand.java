package dev.eventscope.services.fulfilment.application;

import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Envelope;
import java.util.UUID;

/** A command the saga means to send, with the event that caused it (for correlation) and how many tries it has had. */
record PendingCommand(UUID orderId, Command<Accepted> command, Envelope<?> cause, int attempt) {
  PendingCommand nextAttempt() {
    return new PendingCommand(orderId, command, cause, attempt + 1);
  }

  String type() {
    return command.getClass().getSimpleName();
  }
}
