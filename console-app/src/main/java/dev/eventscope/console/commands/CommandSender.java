package dev.eventscope.console.commands;

import dev.eventscope.console.ui.MessageCatalog;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.contracts.registry.ContractViolationException;
import dev.eventscope.runtime.mediator.CommandRejectedException;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.runtime.mediator.NoHandlerException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command typed as JSON: decodes it through the contract registry (only registered types),
 * wraps it in a new envelope from {@code console}, remembers its body for the details pane and
 * dispatches it. Every way it can end becomes a {@link SendOutcome}; nothing is thrown at the UI.
 * Blocking: call it off the UI thread.
 */
public final class CommandSender {
  private static final Logger LOG = LoggerFactory.getLogger(CommandSender.class);
  public static final String SOURCE = "console";

  private final JsonCodec codec;
  private final Mediator mediator;
  private final MessageCatalog catalog;

  public CommandSender(JsonCodec codec, Mediator mediator, MessageCatalog catalog) {
    this.codec = codec;
    this.mediator = mediator;
    this.catalog = catalog;
  }

  public SendOutcome send(String type, String json) {
    Contract contract;
    Message payload;
    try {
      contract = codec.registry().require(type);
      payload = codec.decodePayload(type, json.getBytes(StandardCharsets.UTF_8));
    } catch (ContractException e) {
      return new SendOutcome(SendOutcome.Kind.INVALID, "The JSON does not fit " + type, List.of(e.getMessage()), null);
    }
    if (!(payload instanceof Command<?> command)) {
      return new SendOutcome(SendOutcome.Kind.INVALID, type + " is not a command", List.of(), null);
    }
    Envelope<Command<?>> envelope = Envelope.first(command, contract.version(), SOURCE);
    catalog.remember(envelope);
    UUID correlation = envelope.correlationId();
    try {
      Object answer = dispatch(envelope);
      return new SendOutcome(SendOutcome.Kind.ACCEPTED, type + " accepted", List.of(String.valueOf(answer)), correlation);
    } catch (ContractViolationException e) {
      List<String> problems = e.violations().stream().map(Object::toString).toList();
      return new SendOutcome(SendOutcome.Kind.INVALID, type + " is invalid", problems, correlation);
    } catch (CommandRejectedException e) {
      return new SendOutcome(SendOutcome.Kind.REJECTED, type + " rejected", List.of(e.reason()), correlation);
    } catch (NoHandlerException e) {
      return new SendOutcome(SendOutcome.Kind.FAILED, "Nothing handles " + type, List.of(e.getMessage()), correlation);
    } catch (RuntimeException e) {
      LOG.warn("{} failed", type, e);
      return new SendOutcome(SendOutcome.Kind.FAILED, type + " failed", List.of(String.valueOf(e.getMessage())), correlation);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object dispatch(Envelope<Command<?>> envelope) {
    // The decoded type is only known at run time; the mediator dispatches on the payload's class.
    return mediator.dispatch((Envelope) envelope);
  }
}
