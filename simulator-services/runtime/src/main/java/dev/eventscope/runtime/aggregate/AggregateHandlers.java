package dev.eventscope.runtime.aggregate;

import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.mediator.CommandHandler;
import dev.eventscope.runtime.trace.FlowTracer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A small builder so a context lists its commands in one readable block:
 * {@code handlers.on(PlaceOrder.class, c -> c.orderId().toString(), Order::place)}.
 */
public final class AggregateHandlers<S, E extends Event> {
  private final EventSourcedRepository<S, E> repository;
  private final FlowTracer tracer;
  private final List<CommandHandler<?, ?>> handlers = new ArrayList<>();

  public AggregateHandlers(EventSourcedRepository<S, E> repository, FlowTracer tracer) {
    this.repository = repository;
    this.tracer = tracer;
  }

  public <C extends Command<Accepted>> AggregateHandlers<S, E> on(Class<C> type, Function<C, String> aggregateId, BiFunction<S, C, Decision<E>> decide) {
    handlers.add(new AggregateCommandHandler<>(type, repository, aggregateId, decide, tracer));
    return this;
  }

  public List<CommandHandler<?, ?>> handlers() {
    return List.copyOf(handlers);
  }
}
