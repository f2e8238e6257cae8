package dev.eventscope.runtime.system;

import dev.eventscope.contracts.message.MessageIds;
import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.deadletter.DeadLetter;
import dev.eventscope.runtime.fault.FaultInjectingBus;
import dev.eventscope.runtime.fault.FaultRecorder;
import dev.eventscope.runtime.fault.FaultSettings;
import dev.eventscope.runtime.fault.Faults;
import dev.eventscope.runtime.fault.HandlerFaultInjector;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.runtime.mediator.behaviour.LoggingBehaviour;
import dev.eventscope.runtime.mediator.behaviour.MetricsBehaviour;
import dev.eventscope.runtime.mediator.behaviour.RetryOnConflictBehaviour;
import dev.eventscope.runtime.mediator.behaviour.TracingBehaviour;
import dev.eventscope.runtime.mediator.behaviour.ValidationBehaviour;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.outbox.OutboxDispatcher;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.subscriber.DeliveryLedger;
import dev.eventscope.runtime.subscriber.ReliableSubscriber;
import dev.eventscope.runtime.subscriber.Subscriber;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running CQRS system: the bounded contexts wired onto one store and one bus, the mediator
 * with its behaviours, the outbox dispatcher and a reliable wrapper around every subscriber.
 * It can switch its bus while running. Every bus it is given runs under the fault injector of
 * its {@link Faults} switchboard (which does nothing until a fault is switched on).
 */
public final class EventSystem implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventSystem.class);
  /** How often subscribers forget settled aggregates; an aggregate is kept for at least this long after its last event. */
  private static final long COMPACT_EVERY_SECONDS = 10;

  private final StoreBackend backend;
  private final Metrics metrics;
  private final FlowTracer tracer;
  private final Mediator mediator;
  private final OutboxDispatcher dispatcher;
  private final List<ReliableSubscriber> subscribers = new ArrayList<>();
  private final List<BusSwitch> switches = new ArrayList<>();
  private final Faults faults;
  private final FaultRecorder faultRecorder;
  private final DeliverySweeper sweeper;
  private final DeliveryLedger ledger = new DeliveryLedger();
  private final ScheduledExecutorService scheduler;
  private volatile NamedBus namedBus;
  private final List<AutoCloseable> companions = new ArrayList<>();
  /** Every event at or below this position has been delivered by a bus that has since drained. */
  private long deliveredUpTo;

  private EventSystem(SystemOptions options, StoreBackend backend, EventBus bus, List<BoundedContext> contexts) {
    this.backend = backend;
    this.metrics = options.metrics();
    this.tracer = options.tracer();
    this.faults = options.faults();
    this.faultRecorder = new FaultRecorder(tracer, metrics);
    this.scheduler = Executors.newScheduledThreadPool(1, runnable -> {
      Thread thread = new Thread(runnable, "eventscope-scheduler");
      thread.setDaemon(true);
      return thread;
    });
    ContractRegistry registry = options.registry();
    Mediator.Builder builder = Mediator.builder(registry)
        .behaviour(new LoggingBehaviour())
        .behaviour(new MetricsBehaviour(metrics))
        .behaviour(new TracingBehaviour(tracer))
        .behaviour(new ValidationBehaviour())
        .behaviour(new RetryOnConflictBehaviour(options.conflictRetries(), metrics))
        .forwarder(options.forwarder());
    Wiring wiring = new Wiring(backend.events(), registry, tracer, metrics, backend.readModels(), scheduler, builder)
        .useFaults(faults, faultRecorder);
    contexts.forEach(context -> context.register(wiring));
    this.mediator = wiring.buildMediator();
    this.dispatcher = new OutboxDispatcher(backend.events(), backend.checkpoints(), underFaults(bus), metrics, tracer)
        .stopAtUndecodable(options.stopAtUndecodable());
    this.namedBus = NamedBus.of(dispatcher.bus());
    HandlerFaultInjector handlerFaults = new HandlerFaultInjector(faults, faultRecorder);
    for (Subscriber subscriber : wiring.subscribers()) {
      if (!options.runs().test(subscriber)) continue;
      ReliableSubscriber reliable = new ReliableSubscriber(subscriber, backend.events(), backend.deadLetters(), metrics, tracer,
          this::busNode, options.deliveryAttempts(), handlerFaults, ledger);
      reliable.whenGrown(() -> compactSoon(reliable));
      subscribers.add(reliable);
    }
    this.sweeper = new DeliverySweeper(backend.events(), subscribers, dispatcher::position);
    faults.onChange(this::reportOutage);
  }

  private EventBus underFaults(EventBus bus) {
    return bus instanceof FaultInjectingBus ? bus : new FaultInjectingBus(bus, faults, faultRecorder);
  }

  private void reportOutage(FaultSettings previous, FaultSettings next) {
    if (previous.outage() == next.outage()) return;
    String node = "bus:" + bus().strategy();
    faultRecorder.component(FaultRecorder.OUTAGE, node, next.outage() ? "broker down" : "broker back");
    LOG.info("injected outage of {} {}", node, next.outage() ? "began" : "ended");
  }

  private void sweepIfLossy() {
    try {
      if (faults.everLossy()) sweeper.tick();
    } catch (RuntimeException e) {
      LOG.warn("could not sweep the store for lost deliveries: {}", e.toString());
    }
  }

  /** Wires the contexts and starts everything: subscribers catch up from the store, then the bus flows. */
  public static EventSystem start(SystemOptions options, StoreBackend backend, EventBus bus, List<BoundedContext> contexts) {
    EventSystem system = new EventSystem(options, backend, bus, contexts);
    system.start(system.bus());
    return system;
  }

  private void start(EventBus bus) {
    for (ReliableSubscriber reliable : subscribers) {
      Subscriber subscriber = reliable.subscriber();
      bus.subscribe(subscriber.name(), subscriber.contexts(), reliable);
    }
    for (ReliableSubscriber reliable : subscribers) {
      reliable.subscriber().catchingUp();
      reliable.catchUp(startPosition(reliable.subscriber()));
      reliable.subscriber().caughtUp();
    }
    bus.start();
    deliveredUpTo = dispatcher.position();
    dispatcher.start();
    scheduler.scheduleWithFixedDelay(this::writeCheckpoints, 1, 1, TimeUnit.SECONDS);
    scheduler.scheduleWithFixedDelay(this::sweepIfLossy, 1, 1, TimeUnit.SECONDS);
    scheduler.scheduleWithFixedDelay(this::compactSubscribers, COMPACT_EVERY_SECONDS, COMPACT_EVERY_SECONDS, TimeUnit.SECONDS);
  }

  /** Durable subscribers resume where they were; in-memory ones rebuild from the first event. */
  private long startPosition(Subscriber subscriber) {
    return resumes(subscriber) ? backend.checkpoints().read(checkpointName(subscriber)).orElse(0) : 0;
  }

  private boolean resumes(Subscriber subscriber) {
    return subscriber.hasOutsideEffects() || (subscriber instanceof Projection && backend.durableReadModels());
  }

  private static String checkpointName(Subscriber subscriber) {
    return "subscriber:" + subscriber.name();
  }

  /** Lets every subscriber forget the aggregates it has settled, so memory stays flat over a long run. */
  private void compactSubscribers() {
    for (ReliableSubscriber reliable : subscribers) compact(reliable);
  }

  /** A subscriber that remembers many new aggregates is compacted on the scheduler, not on its delivering thread. */
  private void compactSoon(ReliableSubscriber reliable) {
    try {
      scheduler.execute(() -> compact(reliable));
    } catch (RejectedExecutionException closing) {
      // The system is closing: nothing to keep small any more.
    }
  }

  private static void compact(ReliableSubscriber reliable) {
    try {
      reliable.compact();
    } catch (RuntimeException e) {
      LOG.warn("could not compact the applied versions of {} (tried again later): {}", reliable.node(), e.toString());
    }
  }

  private void writeCheckpoints() {
    try {
      for (ReliableSubscriber reliable : subscribers) {
        if (resumes(reliable.subscriber())) {
          backend.checkpoints().write(checkpointName(reliable.subscriber()), reliable.lastPosition());
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("could not write subscriber checkpoints: {}", e.toString());
    }
  }

  public Mediator mediator() {
    return mediator;
  }

  public Metrics metrics() {
    return metrics;
  }

  /** What each subscriber applied or parked, by position, since the system started. */
  public DeliveryLedger ledger() {
    return ledger;
  }

  /** The live fault switchboard. */
  public Faults faults() {
    return faults;
  }

  /** Where faults injected from outside the runtime (a simulator's orders) are reported. */
  public FaultRecorder faultRecorder() {
    return faultRecorder;
  }

  public FlowTracer tracer() {
    return tracer;
  }

  public StoreBackend backend() {
    return backend;
  }

  public EventBus bus() {
    return dispatcher.bus();
  }

  /** The current bus's node name in the flow graph ({@code bus:kafka}), named once per bus: asked on every delivery. */
  private String busNode() {
    EventBus current = dispatcher.bus();
    NamedBus named = namedBus;
    if (named.bus() != current) {
      named = NamedBus.of(current);
      namedBus = named;
    }
    return named.node();
  }

  private record NamedBus(EventBus bus, String node) {
    static NamedBus of(EventBus bus) {
      return new NamedBus(bus, "bus:" + bus.strategy());
    }
  }

  public OutboxDispatcher dispatcher() {
    return dispatcher;
  }

  public List<ReliableSubscriber> subscribers() {
    return List.copyOf(subscribers);
  }

  public synchronized List<BusSwitch> busSwitches() {
    return List.copyOf(switches);
  }

  /**
   * Waits until everything stored has been published and delivered and nothing new was stored
   * meanwhile (sagas react to events with commands, which store more events). False on timeout.
   */
  public boolean awaitQuiescent(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int stableRounds = 0;
    while (System.nanoTime() < deadline) {
      long head = backend.events().lastPosition();
      boolean published = dispatcher.position() >= head;
      boolean delivered = published && bus().drain(Duration.ofMillis(200));
      if (delivered && faults.everLossy()) sweeper.sweepUpTo(head);
      if (delivered && backend.events().lastPosition() == head) {
        if (++stableRounds >= 2) return true;
      } else {
        stableRounds = 0;
      }
      sleep(published ? 5 : 20);
    }
    return false;
  }

  /**
   * Switches the bus while the system runs: pause the dispatcher, drain what is in flight on the
   * old bus, start the new bus's consumers, resume from the checkpoint. Reported as a hop.
   *
   * @throws IllegalStateException when the current bus is fixed (a fleet member's)
   */
  public synchronized BusSwitch switchBus(EventBus requested) {
    if (!bus().switchable()) {
      requested.close();
      throw new IllegalStateException("this process is part of a fleet on " + bus().strategy()
          + ": its bus cannot be switched alone (start the fleet on another bus instead)");
    }
    EventBus next = underFaults(requested);
    long started = System.nanoTime();
    dispatcher.pause();
    EventBus old = dispatcher.bus();
    boolean drained = old.drain(Duration.ofSeconds(30));
    long drainMs = (System.nanoTime() - started) / 1_000_000;
    try {
      for (ReliableSubscriber reliable : subscribers) {
        next.subscribe(reliable.subscriber().name(), reliable.subscriber().contexts(), reliable);
      }
      next.start();
    } catch (RuntimeException e) {
      // The new bus cannot run: stay on the old one, which still holds its consumers.
      next.close();
      dispatcher.resume();
      throw e;
    }
    old.close();
    long published = dispatcher.position();
    if (!drained) redeliverFromStore(deliveredUpTo, published);
    deliveredUpTo = published;
    dispatcher.replaceBus(next);
    dispatcher.resume();
    BusSwitch done = new BusSwitch(old.strategy(), next.strategy(), drainMs, drained);
    switches.add(done);
    long micros = (System.nanoTime() - started) / 1_000;
    UUID id = MessageIds.next();
    tracer.record(new Hop("bus:" + old.strategy(), "bus:" + next.strategy(), id, "BusSwitch", id, null,
        System.currentTimeMillis() * 1_000 - micros, micros, drained ? Outcome.OK : Outcome.FAILED,
        "drained in " + drainMs + " ms", false));
    LOG.info("bus switched from {} to {} (drain {} ms{})", old.strategy(), next.strategy(), drainMs,
        drained ? "" : ", not fully drained: undelivered events re-read from the store");
    return done;
  }

  /**
   * What the old bus may not have delivered (it could not drain: a broker down, a stuck
   * consumer) is read from the store and handed to every subscriber directly; duplicates are
   * suppressed, so re-reading too much is harmless and re-reading too little impossible.
   */
  private void redeliverFromStore(long after, long upTo) {
    for (ReliableSubscriber reliable : subscribers) reliable.catchUpRange(after, upTo);
  }


  public List<DeadLetter> deadLetters() {
    return backend.deadLetters().list();
  }

  /** Retries a parked message (and the ones of its aggregate parked behind it). */
  public boolean retryDeadLetter(UUID id) {
    Optional<DeadLetter> letter = backend.deadLetters().find(id);
    if (letter.isEmpty()) return false;
    return subscriberNamed(letter.get().subscriber()).retryParked(letter.get().event().aggregateId());
  }

  public boolean discardDeadLetter(UUID id) {
    Optional<DeadLetter> letter = backend.deadLetters().find(id);
    return letter.isPresent() && subscriberNamed(letter.get().subscriber()).discardParked(letter.get());
  }

  private ReliableSubscriber subscriberNamed(String name) {
    return subscribers.stream().filter(s -> s.subscriber().name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no subscriber named " + name));
  }

  /** Something that lives as long as this system (a fleet member's trace relay): closed first when the system closes. */
  public synchronized void closeWith(AutoCloseable companion) {
    companions.add(companion);
  }

  @Override
  public void close() {
    closeCompanions();
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) scheduler.shutdownNow();
    } catch (InterruptedException e) {
      scheduler.shutdownNow();
      Thread.currentThread().interrupt();
    }
    dispatcher.close();
    dispatcher.bus().close();
    writeCheckpoints();
    tracer.close();
    backend.close();
  }

  private synchronized void closeCompanions() {
    for (AutoCloseable companion : companions) {
      try {
        companion.close();
      } catch (Exception e) {
        LOG.warn("could not close {}: {}", companion, e.toString());
      }
    }
    companions.clear();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
