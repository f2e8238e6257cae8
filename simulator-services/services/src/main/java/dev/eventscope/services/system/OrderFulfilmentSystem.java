package dev.eventscope.services.system;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.kafka.KafkaEventBus;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.bus.rabbitmq.RabbitMqEventBus;
import dev.eventscope.runtime.bus.redis.RedisStreamsEventBus;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.projection.ReadModelStores;
import dev.eventscope.runtime.replay.SwappableBackend;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreBackends;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.subscriber.Subscriber;
import dev.eventscope.runtime.system.BoundedContext;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.runtime.system.SystemOptions;
import dev.eventscope.runtime.system.Wiring;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.services.fulfilment.FulfilmentContext;
import dev.eventscope.services.inventory.InventoryContext;
import dev.eventscope.services.notifications.NotificationsContext;
import dev.eventscope.services.orders.OrdersContext;
import dev.eventscope.services.payments.PaymentsContext;
import dev.eventscope.services.shipping.ShippingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;

/**
 * The composition root of the whole order-fulfilment system: every bounded context on one store
 * and one bus, in one process.
 */
public final class OrderFulfilmentSystem {
  private OrderFulfilmentSystem() {}

  /** The six contexts as a run configures them. */
  public static List<BoundedContext> contexts(SystemSettings settings) {
    return List.of(
        new OrdersContext(),
        new InventoryContext(),
        new PaymentsContext(),
        new ShippingContext(),
        new NotificationsContext(),
        new FulfilmentContext(settings.sagaDeadline()));
  }

  /** Starts the whole system, plus extra subscribers (a simulation's probe, a console's listener). */
  public static EventSystem start(SystemSettings settings, List<Subscriber> extraSubscribers) {
    List<BoundedContext> contexts = new ArrayList<>(contexts(settings));
    if (!extraSubscribers.isEmpty()) contexts.add(new ExtraSubscribers(extraSubscribers));
    return startWith(settings, contexts);
  }

  /** Starts the given contexts only (a benchmark of one context, a service deployed on its own). */
  public static EventSystem startWith(SystemSettings settings, List<BoundedContext> contexts) {
    return startWith(settings, contexts, Assembly.SINGLE_PROCESS);
  }

  /** Starts the given contexts on the settings' store, with the options and the bus the assembly makes of them. */
  public static EventSystem startWith(SystemSettings settings, List<BoundedContext> contexts, Assembly assembly) {
    JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());
    StoreBackend opened = StoreBackends.open(settings.store(), settings.dataDir(), codec);
    // Swappable read models, so a projection rebuild on the running system can swap its copy in.
    StoreBackend backend = new SwappableBackend(assembly.backend(opened));
    try {
      FlowTracer tracer = settings.tracing() ? new FlowTracer(65_536, true) : FlowTracer.disabled();
      SystemOptions options = assembly.options(SystemOptions.defaults(OrderFulfilmentContracts.registry()).withTracer(tracer)
          .withStopAtUndecodable(settings.stopAtUndecodable()));
      return EventSystem.start(options, backend, assembly.bus(settings, backend, options), contexts);
    } catch (RuntimeException e) {
      backend.close();
      throw e;
    }
  }

  /**
   * How a process puts the system together around its store: the whole system in one process
   * (the settings' bus, the options as they are), or one member of a fleet (a bus that links it
   * to the other processes, commands forwarded to them).
   */
  public interface Assembly {
    Assembly SINGLE_PROCESS = new Assembly() {};

    default StoreBackend backend(StoreBackend opened) {
      return opened;
    }

    default SystemOptions options(SystemOptions defaults) {
      return defaults;
    }

    /** The bus; by default one of the settings' strategy. */
    default EventBus bus(SystemSettings settings, StoreBackend backend, SystemOptions options) {
      return OrderFulfilmentSystem.bus(settings.bus(), settings.busSettings());
    }
  }

  /** A bus of the named strategy, its broker addresses from the environment over the defaults. */
  public static EventBus bus(String strategy) {
    return bus(strategy, BusSettings.fromEnvironment(System.getenv()));
  }

  /**
   * A bus of the named strategy ({@code memory}, {@code kafka}, {@code rabbitmq}, {@code redis}); a broker strategy connects at
   * once and fails with the address it tried when nothing answers there.
   *
   * @throws IllegalArgumentException for a strategy that does not exist
   * @throws dev.eventscope.runtime.bus.BusUnavailableException when the broker is not reachable
   */
  public static EventBus bus(String strategy, BusSettings settings) {
    String choice = strategy == null ? "" : strategy.trim().toLowerCase(java.util.Locale.ROOT);
    JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());
    return switch (choice) {
      case "memory" -> new InMemoryEventBus();
      case "redis" -> new RedisStreamsEventBus(settings, codec);
      case "kafka" -> new KafkaEventBus(settings, codec);
      case "rabbitmq" -> new RabbitMqEventBus(settings, codec);
      default -> throw new IllegalArgumentException("unknown bus strategy '" + strategy + "': use memory, kafka, rabbitmq or redis");
    };
  }

  /**
   * Fresh copies of every read model, rebuilt from a store's events alone (in memory, without
   * touching the store): what the live read models must equal.
   */
  public static List<Projection> rebuildProjections(EventStore store) {
    return rebuildProjections(store, context -> true);
  }

  /** Fresh copies of the read models of the contexts {@code runs} accepts, rebuilt from a store's events alone. */
  public static List<Projection> rebuildProjections(EventStore store, Predicate<String> runs) {
    try (InMemoryBackend scratch = new InMemoryBackend()) {
      List<Projection> projections = projections(subscribersOf(store, scratch.readModels(), runs));
      long after = 0;
      for (List<StoredEvent> page = store.readAll(after, 5_000); !page.isEmpty(); page = store.readAll(after, 5_000)) {
        for (StoredEvent event : page) {
          for (Projection projection : projections) {
            if (projection.contexts().contains(event.context())) applyOrFail(projection, event);
          }
          after = event.position();
        }
      }
      return projections;
    }
  }

  /**
   * The subscribers the contexts {@code runs} accepts register, wired onto {@code readModels}
   * and started nowhere: to read a store's read models, or to learn what the contexts subscribe to.
   */
  public static List<Subscriber> subscribersOf(EventStore store, ReadModelStores readModels, Predicate<String> runs) {
    ScheduledExecutorService idle = Executors.newSingleThreadScheduledExecutor();
    try {
      Wiring wiring = new Wiring(store, OrderFulfilmentContracts.registry(), FlowTracer.disabled(), new Metrics(),
          readModels, idle, Mediator.builder(OrderFulfilmentContracts.registry()));
      contexts(SystemSettings.inMemory()).stream().filter(context -> runs.test(context.name()))
          .forEach(context -> context.register(wiring));
      return wiring.subscribers();
    } finally {
      idle.shutdownNow();
    }
  }

  public static List<Projection> projections(List<Subscriber> subscribers) {
    return subscribers.stream().filter(Projection.class::isInstance).map(Projection.class::cast).toList();
  }

  private static void applyOrFail(Projection projection, StoredEvent event) {
    try {
      projection.handle(event);
    } catch (Exception e) {
      throw new IllegalStateException(projection.name() + " cannot apply event " + event.position() + ": " + e.getMessage(), e);
    }
  }

  /** Lets callers add subscribers of their own without writing a context. */
  private record ExtraSubscribers(List<Subscriber> subscribers) implements BoundedContext {
    @Override
    public String name() {
      return "extra";
    }

    @Override
    public void register(Wiring wiring) {
      subscribers.forEach(wiring::subscriber);
    }
  }
}
