package dev.eventscope.api;

import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.services.fleet.CommandHeaders;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.UUID;

/**
 * A command that arrives with the {@code es-*} headers continues a flow begun elsewhere (another
 * service of a fleet sent it): its envelope keeps that message id, correlation, cause and sender.
 * Without them the command starts a new flow from the API.
 */
final class FlowHeaders {
  private FlowHeaders() {}

  static Envelope<Command<Object>> envelope(Context ctx, Command<Object> command, String type, int version) {
    String messageId = ctx.header(CommandHeaders.MESSAGE_ID);
    if (messageId == null) return Envelope.first(command, version, MessageRoutes.SOURCE);
    UUID id = uuid(CommandHeaders.MESSAGE_ID, messageId);
    String correlation = ctx.header(CommandHeaders.CORRELATION_ID);
    String causation = ctx.header(CommandHeaders.CAUSATION_ID);
    String source = ctx.header(CommandHeaders.SOURCE);
    return new Envelope<>(id, type, version, correlation == null ? id : uuid(CommandHeaders.CORRELATION_ID, correlation),
        causation == null ? null : uuid(CommandHeaders.CAUSATION_ID, causation), Instant.now(),
        source == null || source.isBlank() ? MessageRoutes.SOURCE : Requests.shorten(source), false, null, 0, command);
  }

  private static UUID uuid(String header, String value) {
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("the " + header + " header must be a UUID, not '" + Requests.shorten(value) + "'", header);
    }
  }
}
