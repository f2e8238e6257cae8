package dev.eventscope.services.replay;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.replay.SwappableBackend;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreBackends;
import dev.eventscope.runtime.subscriber.ReliableSubscriber;
import dev.eventscope.runtime.subscriber.Subscriber;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.runtime.system.SystemOptions;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.util.List;

/**
 * The order-fulfilment system started on a store the way a run starts it (so its read models are
 * "the originals": rebuilt in memory at start for the memory and embedded stores, resumed for
 * MongoDB), but with read models that a completed rebuild can be swapped into, and an in-memory
 * bus (a replay host publishes nothing to brokers of its own accord).
 */
public final class ReplayHost implements AutoCloseable {
  private final SwappableBackend backend;
  private final EventSystem system;
  private final boolean owned;

  private ReplayHost(SwappableBackend backend, EventSystem system, boolean owned) {
    this.backend = backend;
    this.system = system;
    this.owned = owned;
  }

  /**
   * A host over a system that is already running (the console's, the API's), started by
   * {@link OrderFulfilmentSystem#start} so its read models can be swapped; closing the host leaves
   * the system running.
   *
   * @throws IllegalArgumentException when the system's read models cannot be swapped
   */
  public static ReplayHost attach(EventSystem running) {
    if (!(running.backend() instanceof SwappableBackend swappable)) {
      throw new IllegalArgumentException("this system was not started with swappable read models; it cannot host a replay");
    }
    return new ReplayHost(swappable, running, false);
  }

  /** Opens the store named by {@code settings} (read and write) and starts the system on it. */
  public static ReplayHost open(SystemSettings settings) {
    JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());
    return start(StoreBackends.open(settings.store(), settings.dataDir(), codec), settings);
  }

  /** Starts the system on an open backend; closing the host closes it. */
  public static ReplayHost start(StoreBackend real, SystemSettings settings) {
    SwappableBackend backend = new SwappableBackend(real);
    try {
      SystemOptions options = SystemOptions.defaults(OrderFulfilmentContracts.registry()).withTracer(FlowTracer.disabled());
      EventSystem system = EventSystem.start(options, backend, new InMemoryEventBus(), OrderFulfilmentSystem.contexts(settings));
      return new ReplayHost(backend, system, true);
    } catch (RuntimeException e) {
      real.close();
      throw e;
    }
  }

  public EventSystem system() {
    return system;
  }

  public SwappableBackend backend() {
    return backend;
  }

  public List<Subscriber> subscribers() {
    return system.subscribers().stream().map(ReliableSubscriber::subscriber).toList();
  }

  /** The live projections, whose rows queries answer from. */
  public List<Projection> projections() {
    return subscribers().stream().filter(Projection.class::isInstance).map(Projection.class::cast).toList();
  }

  @Override
  public void close() {
    if (owned) system.close();
  }
}
