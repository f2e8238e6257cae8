package dev.eventscope.runtime.mediator;

import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.message.Query;
import dev.eventscope.contracts.registry.ContractRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends commands and queries to their one handler, through a pipeline of behaviours folded
 * around it (the first behaviour is the outermost). Dispatch is a map lookup on the message's
 * class; a command of a context that runs in another process goes to its {@link CommandForwarder};
 * a message nothing handles is a {@link NoHandlerException}.
 */
public final class Mediator {
  private final ContractRegistry registry;
  private final Map<Class<?>, CommandHandler<?, ?>> commandHandlers;
  private final Map<Class<?>, QueryHandler<?, ?>> queryHandlers;
  private final List<PipelineBehaviour> behaviours;
  private final CommandForwarder forwarder;

  private Mediator(Builder builder) {
    this.registry = builder.registry;
    this.commandHandlers = Map.copyOf(builder.commandHandlers);
    this.queryHandlers = Map.copyOf(builder.queryHandlers);
    this.behaviours = List.copyOf(builder.behaviours);
    this.forwarder = builder.forwarder;
  }

  public static Builder builder(ContractRegistry registry) {
    return new Builder(registry);
  }

  /** Starts a new flow: the command's own id becomes its correlation id. */
  public <R> R send(Command<R> command, String source) {
    return dispatch(Envelope.first(command, registry.of(command).version(), source));
  }

  /** A command caused by another message (a saga reacting to an event): same correlation. */
  public <R> R send(Command<R> command, Envelope<?> cause, String source) {
    return dispatch(cause.causes(command, registry.of(command).version(), source));
  }

  @SuppressWarnings("unchecked")
  public <C extends Command<R>, R> R dispatch(Envelope<C> envelope) {
    CommandHandler<C, R> handler = (CommandHandler<C, R>) commandHandlers.get(envelope.payload().getClass());
    if (handler == null) {
      if (forwarder != null && forwarder.forwards(envelope.payload().getClass())) return forwarder.forward(envelope);
      throw new NoHandlerException(envelope.type());
    }
    return through(envelope, handler.node(), () -> handler.handle(envelope), 0);
  }

  public <R> R query(Query<R> query, String source) {
    return ask(Envelope.first(query, registry.of(query).version(), source));
  }

  /** Asks the query's handler; a query that finds nothing ends in a {@link NotFoundException}, thrown here (see {@link NotFound}). */
  @SuppressWarnings("unchecked")
  public <Q extends Query<R>, R> R ask(Envelope<Q> envelope) {
    QueryHandler<Q, R> handler = (QueryHandler<Q, R>) queryHandlers.get(envelope.payload().getClass());
    if (handler == null) throw new NoHandlerException(envelope.type());
    Object answer = through(envelope, handler.node(), () -> answer(handler, envelope), 0);
    if (answer instanceof NotFound missing) throw missing.exception();
    return (R) answer;
  }

  private static <Q extends Query<R>, R> Object answer(QueryHandler<Q, R> handler, Envelope<Q> envelope) {
    try {
      return handler.handle(envelope);
    } catch (NotFoundException e) {
      return new NotFound(e);
    }
  }

  public boolean handles(Class<? extends Message> type) {
    return commandHandlers.containsKey(type) || queryHandlers.containsKey(type);
  }

  public ContractRegistry registry() {
    return registry;
  }

  private <R> R through(Envelope<? extends Message> message, String node, PipelineBehaviour.Next<R> handler, int index) {
    return new Passage<>(behaviours, message, node, handler, index).proceed();
  }

  /**
   * One message's way through the behaviours to its handler: one object per message rather than a
   * lambda per behaviour. {@link #proceed} may be called again by the same behaviour (a retry): it
   * always goes on from the behaviour after the caller's.
   */
  private static final class Passage<R> implements PipelineBehaviour.Next<R> {
    private final List<PipelineBehaviour> behaviours;
    private final Envelope<? extends Message> message;
    private final String node;
    private final PipelineBehaviour.Next<R> handler;
    private int next;

    Passage(List<PipelineBehaviour> behaviours, Envelope<? extends Message> message, String node, PipelineBehaviour.Next<R> handler,
        int first) {
      this.behaviours = behaviours;
      this.message = message;
      this.node = node;
      this.handler = handler;
      this.next = first;
    }

    @Override
    public R proceed() {
      int at = next;
      if (at == behaviours.size()) return handler.proceed();
      next = at + 1;
      try {
        return behaviours.get(at).handle(message, node, this);
      } finally {
        next = at;
      }
    }
  }

  /** Collects handlers (each context adds its own) and the behaviours, outermost first. */
  public static final class Builder {
    private final ContractRegistry registry;
    private final Map<Class<?>, CommandHandler<?, ?>> commandHandlers = new HashMap<>();
    private final Map<Class<?>, QueryHandler<?, ?>> queryHandlers = new HashMap<>();
    private final List<PipelineBehaviour> behaviours = new ArrayList<>();
    private CommandForwarder forwarder;

    private Builder(ContractRegistry registry) {
      this.registry = registry;
    }

    public Builder command(CommandHandler<?, ?> handler) {
      registry.of(handler.type());
      if (commandHandlers.putIfAbsent(handler.type(), handler) != null) {
        throw new IllegalArgumentException("two handlers for " + handler.type().getSimpleName());
      }
      return this;
    }

    public Builder query(QueryHandler<?, ?> handler) {
      registry.of(handler.type());
      if (queryHandlers.putIfAbsent(handler.type(), handler) != null) {
        throw new IllegalArgumentException("two handlers for " + handler.type().getSimpleName());
      }
      return this;
    }

    public Builder behaviour(PipelineBehaviour behaviour) {
      behaviours.add(behaviour);
      return this;
    }

    /** Sends the commands no local handler takes to the process that runs their context. */
    public Builder forwarder(CommandForwarder value) {
      this.forwarder = value;
      return this;
    }

    public Mediator build() {
      return new Mediator(this);
    }
  }
}
