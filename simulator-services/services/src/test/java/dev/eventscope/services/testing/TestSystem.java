package dev.eventscope.services.testing;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.message.Query;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import dev.eventscope.runtime.system.BoundedContext;
import dev.eventscope.runtime.system.Wiring;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.services.fulfilment.FulfilmentContext;
import dev.eventscope.services.inventory.InventoryContext;
import dev.eventscope.services.notifications.NotificationsContext;
import dev.eventscope.services.notifications.infrastructure.SimulatedMailer;
import dev.eventscope.services.orders.OrdersContext;
import dev.eventscope.services.payments.PaymentsContext;
import dev.eventscope.services.payments.domain.PaymentGateway;
import dev.eventscope.services.payments.infrastructure.SimulatedPaymentGateway;
import dev.eventscope.services.shipping.ShippingContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * All six contexts wired in memory, with no mediator behaviours and a synchronous {@link EventPump}
 * instead of the bus. The saga's clock stands still and its scheduled check is far away, so a test
 * decides when deadlines pass ({@link #advanceClock}) and are checked ({@link #checkDeadlines}).
 */
public final class TestSystem implements AutoCloseable {
  public static final Duration STEP_DEADLINE = Duration.ofSeconds(30);

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T09:00:00Z"));
  private final Metrics metrics = new Metrics();
  private final SimulatedMailer mailer = new SimulatedMailer();
  private final FulfilmentContext fulfilment = new FulfilmentContext(STEP_DEADLINE, Duration.ofHours(1), clock);
  private final Wiring wiring;
  private final Mediator mediator;
  private final EventPump pump;

  public TestSystem() {
    this(new SimulatedPaymentGateway());
  }

  /** With another gateway, e.g. one that fails on purpose. */
  public TestSystem(PaymentGateway gateway) {
    wiring = new Wiring(store, OrderFulfilmentContracts.registry(), FlowTracer.disabled(), metrics,
        new InMemoryBackend().readModels(), scheduler, Mediator.builder(OrderFulfilmentContracts.registry()));
    List<BoundedContext> contexts = List.of(new OrdersContext(), new InventoryContext(), new PaymentsContext(gateway),
        new ShippingContext(), new NotificationsContext(mailer), fulfilment);
    contexts.forEach(context -> context.register(wiring));
    mediator = wiring.buildMediator();
    pump = new EventPump(store, wiring.subscribers());
  }

  /** Sends a command as a client would (a new flow) and delivers everything it causes. */
  public <R> R send(Command<R> command) {
    R result = mediator.send(command, "test");
    pump.drain();
    return result;
  }

  public <R> R query(Query<R> query) {
    return mediator.query(query, "test");
  }

  public void advanceClock(Duration duration) {
    clock.advance(duration);
  }

  /** Runs the saga's deadline check now, then delivers what it caused. */
  public void checkDeadlines() {
    fulfilment.saga().checkDeadlines();
    pump.drain();
  }

  public List<StoredEvent> stored() {
    return store.readAll(0, Integer.MAX_VALUE);
  }

  public List<Event> events() {
    return stored().stream().map(StoredEvent::payload).toList();
  }

  public <E extends Event> List<E> events(Class<E> type) {
    return events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  public EventPump pump() {
    return pump;
  }

  public Wiring wiring() {
    return wiring;
  }

  public Mediator mediator() {
    return mediator;
  }

  public Metrics metrics() {
    return metrics;
  }

  public MutableClock clock() {
    return clock;
  }

  public SimulatedMailer mailer() {
    return mailer;
  }

  public FulfilmentContext fulfilment() {
    return fulfilment;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
