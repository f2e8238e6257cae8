package dev.eventscope.runtime.aggregate;

import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.mediator.CommandHandler;
import dev.eventscope.runtime.mediator.CommandRejectedException;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Outcome;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The usual command handler: load the aggregate the command names, let it decide, record what
 * it decided. A rejection becomes a {@link CommandRejectedException} with the aggregate's reason.
 */
public final class AggregateCommandHandler<C extends Command<Accepted>, S, E extends Event> implements CommandHandler<C, Accepted> {
  private final Class<C> type;
  private final EventSourcedRepository<S, E> repository;
  private final Function<C, String> aggregateId;
  private final BiFunction<S, C, Decision<E>> decide;
  private final FlowTracer tracer;

  public AggregateCommandHandler(Class<C> type, EventSourcedRepository<S, E> repository, Function<C, String> aggregateId,
      BiFunction<S, C, Decision<E>> decide, FlowTracer tracer) {
    this.type = type;
    this.repository = repository;
    this.aggregateId = aggregateId;
    this.decide = decide;
    this.tracer = tracer;
  }

  @Override
  public Class<C> type() {
    return type;
  }

  @Override
  public Accepted handle(Envelope<C> command) {
    long started = System.nanoTime();
    String id = aggregateId.apply(command.payload());
    Loaded<S> current = repository.load(id);
    Decision<E> decision = decide.apply(current.state(), command.payload());
    if (decision instanceof Decision.Reject<E> reject) {
      tracer.record(node(), repository.node(), command, started, Outcome.REJECTED, reject.reason());
      throw new CommandRejectedException(command.type(), reject.reason());
    }
    Decision.Accept<E> accept = (Decision.Accept<E>) decision;
    tracer.record(node(), repository.node(), command, started, Outcome.OK, null);
    if (accept.events().isEmpty()) return new Accepted(id, current.version(), 0);
    repository.append(current, accept.events(), command);
    return new Accepted(id, current.version() + accept.events().size(), accept.events().size());
  }
}
