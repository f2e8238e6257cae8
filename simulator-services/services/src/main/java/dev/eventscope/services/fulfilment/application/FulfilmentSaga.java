package dev.eventscope.services.fulfilment.application;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.fulfilment.FulfilmentView;
import dev.eventscope.contracts.inventory.StockEvent.StockReservationFailed;
import dev.eventscope.contracts.inventory.StockEvent.StockReserved;
import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderEvent;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.payments.PaymentEvent;
import dev.eventscope.contracts.registry.ContractViolationException;
import dev.eventscope.contracts.shipping.ShipmentEvent;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentDispatched;
import dev.eventscope.runtime.mediator.CommandRejectedException;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.subscriber.Subscriber;
import dev.eventscope.services.fulfilment.domain.Fulfilment;
import dev.eventscope.services.fulfilment.domain.FulfilmentStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fulfilment process manager: it turns order, stock, payment and shipment events into the next
 * commands, one {@link Fulfilment} per order, kept in memory and rebuilt at start-up by re-reading
 * the events (every command it sends is idempotent at its aggregate, so sending one again is
 * harmless).
 *
 * <p>Events arrive on one thread and {@link #checkDeadlines} runs on the scheduler, so every
 * instance is read and changed under one lock; commands are sent after the lock is released, so a
 * bus that delivers the resulting events on the sending thread cannot deadlock. A command the
 * aggregate refuses is logged and the saga moves on (the events that made it refuse arrive too); a
 * command that fails for a technical reason (a store hiccup, an injected fault) is tried again at
 * the next check, up to {@value #MAX_ATTEMPTS} attempts, so faults delay an outcome rather than
 * change it.
 */
public final class FulfilmentSaga implements Subscriber {
  public static final String NAME = "fulfilment";
  public static final String SOURCE = "saga:fulfilment";
  public static final String TIMEOUTS = "fulfilment.timeouts";
  public static final String COMMANDS_RETRIED = "fulfilment.commandsRetried";
  public static final String COMMANDS_ABANDONED = "fulfilment.commandsAbandoned";
  static final int MAX_ATTEMPTS = 10;
  private static final Logger LOG = LoggerFactory.getLogger(FulfilmentSaga.class);

  private final Supplier<Mediator> mediator;
  private final Duration stepTimeout;
  private final Clock clock;
  private final Metrics metrics;
  private final Object lock = new Object();
  private final Map<UUID, Instance> instances = new HashMap<>();
  private final Map<UUID, FulfilmentView> recentlyFinished = new RecentlyFinished();
  private final List<PendingCommand> retriesOfFinished = new ArrayList<>();
  private ConfirmedOrders confirmedOrders;
  private volatile boolean rebuilding;
  private volatile CommandLanes lanes = CommandLanes.INLINE;

  public FulfilmentSaga(Supplier<Mediator> mediator, Duration stepTimeout, Clock clock, Metrics metrics) {
    this.mediator = mediator;
    this.stepTimeout = stepTimeout;
    this.clock = clock;
    this.metrics = metrics;
  }

  /**
   * Lets the saga forget confirmed fulfilments too (memory stays flat over a long run): a shipment
   * dispatched later takes the order up again from {@code ordersStore}. Without it, only settled
   * rejected, cancelled and shipped fulfilments are let go.
   */
  public FulfilmentSaga resumingConfirmedFrom(EventStore ordersStore) {
    synchronized (lock) {
      this.confirmedOrders = new ConfirmedOrders(ordersStore);
    }
    return this;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> contexts() {
    return Set.of(OrderFulfilmentContracts.ORDERS, OrderFulfilmentContracts.INVENTORY,
        OrderFulfilmentContracts.PAYMENTS, OrderFulfilmentContracts.SHIPPING);
  }

  @Override
  public void handle(StoredEvent stored) {
    UUID orderId = orderIdOf(stored.payload());
    if (orderId == null) return;
    List<PendingCommand> toSend;
    synchronized (lock) {
      toSend = react(orderId, stored.envelope());
      if (rebuilding) {
        // An earlier run already sent these; remember only the latest step's commands.
        Instance instance = instances.get(orderId);
        if (instance != null && !toSend.isEmpty()) instance.resendAfterRebuild = toSend;
        return;
      }
    }
    send(toSend);
  }

  /** Start-up: rebuild the instances from past events without sending anything. */
  @Override
  public void catchingUp() {
    rebuilding = true;
  }

  /**
   * Start-up done: unfinished fulfilments send their current step's commands once more (they are
   * idempotent), so an order that was mid-way when the last run stopped moves on.
   */
  @Override
  public void caughtUp() {
    List<PendingCommand> toSend = new ArrayList<>();
    synchronized (lock) {
      rebuilding = false;
      for (Instance instance : instances.values()) {
        if (!instance.fulfilment.step().finished()) toSend.addAll(instance.resendAfterRebuild);
        instance.resendAfterRebuild = List.of();
      }
    }
    send(toSend);
  }

  /** Fails the steps whose deadline has passed and retries commands that could not be sent. Never throws. */
  public void checkDeadlines() {
    try {
      Instant now = clock.instant();
      List<PendingCommand> toSend = new ArrayList<>();
      synchronized (lock) {
        toSend.addAll(retriesOfFinished);
        retriesOfFinished.clear();
        letSettledGo();
        for (Instance instance : instances.values()) {
          toSend.addAll(instance.unsent);
          instance.unsent.clear();
          if (!instance.fulfilment.overdue(now)) continue;
          FulfilmentStep expired = instance.fulfilment.step();
          if (expired.forward()) {
            metrics.increment(TIMEOUTS);
            LOG.info("fulfilment of order {} timed out waiting for {}", instance.fulfilment.orderId(), expired.awaited());
          }
          toSend.addAll(instance.pending(instance.fulfilment.onDeadline(now)));
        }
      }
      send(toSend);
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again; the next check must still happen.
      LOG.error("the fulfilment deadline check failed; it runs again at the next tick", e);
    }
  }

  public Optional<FulfilmentView> find(UUID orderId) {
    synchronized (lock) {
      Instance instance = instances.get(orderId);
      return instance != null ? Optional.of(instance.view()) : Optional.ofNullable(recentlyFinished.get(orderId));
    }
  }

  /** How many fulfilments the saga holds in memory (the unsettled ones, and confirmed ones it cannot take up again). */
  public int held() {
    synchronized (lock) {
      return instances.size();
    }
  }

  /** Forgets the fulfilments nothing can happen to any more (their views stay findable for a while). */
  private void letSettledGo() {
    for (var it = instances.values().iterator(); it.hasNext(); ) {
      Instance instance = it.next();
      boolean confirmed = instance.fulfilment.step() == FulfilmentStep.CONFIRMED;
      if (instance.fulfilment.settled() && instance.unsent.isEmpty() && (!confirmed || confirmedOrders != null)) {
        recentlyFinished.put(instance.fulfilment.orderId(), instance.view());
        it.remove();
      }
    }
  }

  /** The fulfilments without an outcome yet, the most urgent first. */
  public List<FulfilmentView> active() {
    synchronized (lock) {
      return instances.values().stream()
          .map(Instance::view)
          .filter(view -> !view.finished())
          .sorted(Comparator.comparing(FulfilmentView::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(view -> view.orderId().toString()))
          .toList();
    }
  }

  private List<PendingCommand> react(UUID orderId, Envelope<Event> event) {
    Instant now = clock.instant();
    Instance instance = instances.get(orderId);
    if (event.payload() instanceof OrderPlaced placed) {
      if (instance != null) return List.of();
      instance = new Instance(Fulfilment.of(placed, stepTimeout), event);
      instances.put(orderId, instance);
      return instance.pending(instance.fulfilment.start(now));
    }
    if (instance == null && event.payload() instanceof ShipmentDispatched && confirmedOrders != null) {
      instance = confirmedOrders.awaitingShipment(orderId)
          .map(placed -> new Instance(Fulfilment.resumedConfirmed(placed, stepTimeout), event))
          .orElse(null);
      if (instance != null) instances.put(orderId, instance);
    }
    if (instance == null) {
      LOG.debug("{} for order {} belongs to no fulfilment; ignored", event.type(), orderId);
      return List.of();
    }
    instance.lastCause = event;
    boolean failedBefore = instance.fulfilment.step().failed();
    List<Command<Accepted>> commands = instance.fulfilment.on(event.payload(), now);
    if (!failedBefore && instance.fulfilment.step().failed()) {
      instance.unsent.clear(); // forward commands still waiting for a retry are moot now
    }
    return instance.pending(commands);
  }

  /** Sends over {@code value} instead of on the delivering thread (commands that cross processes). */
  public FulfilmentSaga sendingOn(CommandLanes value) {
    this.lanes = value;
    return this;
  }

  private void send(List<PendingCommand> commands) {
    if (commands.isEmpty()) return;
    if (lanes == CommandLanes.INLINE) {
      commands.forEach(this::sendNow);
      return;
    }
    Map<UUID, List<PendingCommand>> byOrder = new LinkedHashMap<>();
    for (PendingCommand pending : commands) byOrder.computeIfAbsent(pending.orderId(), id -> new ArrayList<>()).add(pending);
    byOrder.forEach((orderId, batch) -> lanes.send(orderId, CommandLanes.each(batch, this::sendNow)));
  }

  private void sendNow(PendingCommand pending) {
    try {
      mediator.get().send(pending.command(), pending.cause(), SOURCE);
    } catch (CommandRejectedException refused) {
      LOG.info("fulfilment of order {}: {} was refused: {}", pending.orderId(), pending.type(), refused.reason());
    } catch (ContractViolationException invalid) {
      // The same command would be just as invalid next time: say so loudly, do not retry.
      LOG.error("fulfilment of order {}: {} is invalid: {}", pending.orderId(), pending.type(), invalid.getMessage());
    } catch (RuntimeException failure) {
      retryLater(pending, failure);
    }
  }

  private void retryLater(PendingCommand pending, RuntimeException failure) {
    if (pending.attempt() >= MAX_ATTEMPTS) {
      metrics.increment(COMMANDS_ABANDONED);
      LOG.error("fulfilment of order {}: giving up on {} after {} attempts", pending.orderId(), pending.type(),
          pending.attempt(), failure);
      return;
    }
    metrics.increment(COMMANDS_RETRIED);
    LOG.warn("fulfilment of order {}: {} failed ({}); trying again at the next check", pending.orderId(),
        pending.type(), failure.toString());
    synchronized (lock) {
      Instance instance = instances.get(pending.orderId());
      if (instance != null) {
        instance.unsent.add(pending.nextAttempt());
      } else {
        retriesOfFinished.add(pending.nextAttempt()); // a compensation of a fulfilment already let go
      }
    }
  }

  private static UUID orderIdOf(Event event) {
    if (event instanceof OrderEvent order) return order.orderId();
    if (event instanceof StockReserved reserved) return reserved.orderId();
    if (event instanceof StockReservationFailed failed) return failed.orderId();
    if (event instanceof PaymentEvent payment) return payment.orderId();
    if (event instanceof ShipmentEvent shipment) return shipment.orderId();
    return null; // restocks, releases and shipments of stock need no reaction
  }

  /** The views of the last fulfilments let go, so a query shortly after the outcome still finds them. */
  private static final class RecentlyFinished extends LinkedHashMap<UUID, FulfilmentView> {
    private static final int KEPT = 1_000;

    @Override
    protected boolean removeEldestEntry(Map.Entry<UUID, FulfilmentView> eldest) {
      return size() > KEPT;
    }
  }

  /** One order's fulfilment plus what the saga needs to send on its behalf. */
  private static final class Instance {
    final Fulfilment fulfilment;
    final List<PendingCommand> unsent = new ArrayList<>();
    List<PendingCommand> resendAfterRebuild = List.of();
    Envelope<?> lastCause;

    Instance(Fulfilment fulfilment, Envelope<?> cause) {
      this.fulfilment = fulfilment;
      this.lastCause = cause;
    }

    List<PendingCommand> pending(List<Command<Accepted>> commands) {
      List<PendingCommand> pending = new ArrayList<>(commands.size());
      for (Command<Accepted> command : commands) pending.add(new PendingCommand(fulfilment.orderId(), command, lastCause, 1));
      return pending;
    }

    FulfilmentView view() {
      FulfilmentStep step = fulfilment.step();
      boolean compensating = step == FulfilmentStep.REJECTING_ORDER || (step.failed() && !unsent.isEmpty());
      boolean finished = step.finished() && unsent.isEmpty();
      return new FulfilmentView(fulfilment.orderId(), step.label(), fulfilment.deadline(), compensating, finished,
          fulfilment.note());
    }
  }
}
