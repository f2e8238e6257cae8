package dev.eventscope.runtime.system;

import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.runtime.aggregate.AggregateType;
import dev.eventscope.runtime.aggregate.EventSourcedRepository;
import dev.eventscope.runtime.fault.FaultRecorder;
import dev.eventscope.runtime.fault.Faults;
import dev.eventscope.runtime.mediator.CommandHandler;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.runtime.mediator.QueryHandler;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.projection.ReadModelStores;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.subscriber.Subscriber;
import dev.eventscope.runtime.trace.FlowTracer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * What a bounded context gets to plug itself in: the shared parts (store, registry, tracer,
 * metrics, read-model storage, a scheduler) and the places to register its handlers and
 * subscribers. The mediator only exists once every context has registered, so sagas receive it
 * through {@link #mediator()} (a supplier) and call it when events arrive.
 */
public final class Wiring {
  private final EventStore store;
  private final ContractRegistry registry;
  private final FlowTracer tracer;
  private final Metrics metrics;
  private final ReadModelStores readModels;
  private final ScheduledExecutorService scheduler;
  private final Mediator.Builder mediatorBuilder;
  private final List<Subscriber> subscribers = new ArrayList<>();
  private Faults faults = new Faults();
  private FaultRecorder faultRecorder;
  private Mediator mediator;

  public Wiring(EventStore store, ContractRegistry registry, FlowTracer tracer, Metrics metrics,
      ReadModelStores readModels, ScheduledExecutorService scheduler, Mediator.Builder mediatorBuilder) {
    this.store = store;
    this.registry = registry;
    this.tracer = tracer;
    this.metrics = metrics;
    this.readModels = readModels;
    this.scheduler = scheduler;
    this.mediatorBuilder = mediatorBuilder;
    this.faultRecorder = new FaultRecorder(tracer, metrics);
  }

  /** Lets contexts inject faults into their own outside calls (a payment gateway) from this switchboard. */
  public Wiring useFaults(Faults switchboard, FaultRecorder recorder) {
    this.faults = switchboard;
    this.faultRecorder = recorder;
    return this;
  }

  public Faults faults() {
    return faults;
  }

  public FaultRecorder faultRecorder() {
    return faultRecorder;
  }

  public EventStore store() {
    return store;
  }

  public ContractRegistry registry() {
    return registry;
  }

  public FlowTracer tracer() {
    return tracer;
  }

  public Metrics metrics() {
    return metrics;
  }

  public ReadModelStores readModels() {
    return readModels;
  }

  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  public <S, E extends Event> EventSourcedRepository<S, E> repository(AggregateType<S, E> type) {
    return new EventSourcedRepository<>(type, store, registry, tracer, metrics);
  }

  public Wiring command(CommandHandler<?, ?> handler) {
    mediatorBuilder.command(handler);
    return this;
  }

  public Wiring commands(List<CommandHandler<?, ?>> handlers) {
    handlers.forEach(mediatorBuilder::command);
    return this;
  }

  public Wiring query(QueryHandler<?, ?> handler) {
    mediatorBuilder.query(handler);
    return this;
  }

  public Wiring subscriber(Subscriber subscriber) {
    subscribers.add(subscriber);
    return this;
  }

  public List<Subscriber> subscribers() {
    return List.copyOf(subscribers);
  }

  /** The mediator, for sagas and handlers that send commands; available once wiring is complete. */
  public Supplier<Mediator> mediator() {
    return () -> Objects.requireNonNull(mediator, "the mediator is built after every context registered");
  }

  public Mediator buildMediator() {
    if (mediator == null) mediator = mediatorBuilder.build();
    return mediator;
  }
}
