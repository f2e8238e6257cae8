package dev.eventscope.runtime.mediator;

import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Envelope;

/** Handles one command type; the mediator finds it by {@link #type()} (a map lookup). */
public interface CommandHandler<C extends Command<R>, R> {
  Class<C> type();

  /** The node name in the flow graph, e.g. {@code handler:PlaceOrder}. */
  default String node() {
    return NodeNames.handler(type());
  }

  R handle(Envelope<C> command);
}
