package dev.eventscope.services.fleet;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.memory.InMemoryEventBus;
import dev.eventscope.runtime.fleet.FleetBus;
import dev.eventscope.runtime.fleet.Inbox;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.subscriber.Subscriber;
import dev.eventscope.runtime.system.BoundedContext;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.runtime.system.SystemOptions;
import dev.eventscope.runtime.trace.channel.TraceChannels;
import dev.eventscope.runtime.trace.channel.TraceRelay;
import dev.eventscope.services.fulfilment.FulfilmentContext;
import dev.eventscope.services.fulfilment.application.CommandLanes;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One process of a fleet: the named services on their own store, linked to the other processes
 * by the settings' broker (their events in through an inbox, this process's out) and by the
 * fleet state file (where commands for other services go). A replica — another process of a
 * service — shares the service's store, its inbox consumer group and its commands; it keeps its
 * read models in memory (the shared ones have one writer) and leaves the subscribers that act —
 * the saga, the notifier — to the service's first process, so nothing is done twice. Every member
 * publishes its hops on the bus's trace channel and records the other members' hops, so a
 * console attached to any one of them sees the whole fleet's flow.
 */
public final class FleetMember implements OrderFulfilmentSystem.Assembly {
  private static final Duration INBOX_PATIENCE = Duration.ofSeconds(2);
  private static final int SAGA_LANES = 16;

  private final List<FleetService> services;
  private final Path fleetFile;
  private final boolean replica;
  private final Set<String> ownContexts;

  private FleetMember(List<FleetService> services, Path fleetFile, boolean replica) {
    this.services = List.copyOf(services);
    this.fleetFile = fleetFile;
    this.replica = replica;
    this.ownContexts = services.stream().flatMap(s -> s.contexts().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Starts the named services as one process of the fleet {@code fleetFile} describes. */
  public static EventSystem start(SystemSettings settings, List<FleetService> services, Path fleetFile, boolean replica) {
    FleetMember member = new FleetMember(services, fleetFile, replica);
    List<BoundedContext> contexts = OrderFulfilmentSystem.contexts(settings).stream()
        .filter(context -> member.ownContexts.contains(context.name()))
        .map(FleetMember::sendingConcurrently)
        .toList();
    EventSystem system = OrderFulfilmentSystem.startWith(settings, contexts, member);
    try {
      String process = member.name() + "-" + ProcessHandle.current().pid();
      system.closeWith(TraceRelay.start(system.tracer(), TraceChannels.open(settings.bus(), settings.busSettings(), process)));
    } catch (RuntimeException e) {
      system.close();
      throw e;
    }
    return system;
  }

  /** The saga's commands go to other processes: one round trip per command must not hold up every other order. */
  private static BoundedContext sendingConcurrently(BoundedContext context) {
    return context instanceof FulfilmentContext saga ? saga.sendingOn(CommandLanes.concurrent(SAGA_LANES)) : context;
  }

  /** {@code orders}, or {@code orders+payments} for a process that runs more than one service. */
  public String name() {
    return services.stream().map(FleetService::serviceName).collect(Collectors.joining("+"));
  }

  @Override
  public StoreBackend backend(StoreBackend opened) {
    return replica ? new PrivateReadModels(opened) : opened;
  }

  @Override
  public SystemOptions options(SystemOptions defaults) {
    SystemOptions options = defaults.withForwarder(
        new RemoteCommands(fleetFile, ownContexts, new JsonCodec(OrderFulfilmentContracts.registry())));
    return replica ? options.withSubscribers(Projection.class::isInstance) : options;
  }

  @Override
  public EventBus bus(SystemSettings settings, StoreBackend backend, SystemOptions options) {
    EventBus broker = OrderFulfilmentSystem.bus(settings.bus(), settings.busSettings());
    Inbox inbox = new Inbox(name(), "bus:" + broker.strategy(), backend.events(), options.metrics(), options.tracer(), INBOX_PATIENCE);
    return new FleetBus(new InMemoryEventBus(), broker, ownContexts, foreignContexts(ownContexts), "inbox-" + name(), inbox);
  }

  /** The other contexts whose events the subscribers of {@code ownContexts} take (all of them, replica or not). */
  static Set<String> foreignContexts(Set<String> ownContexts) {
    Set<String> wanted = new LinkedHashSet<>();
    try (InMemoryBackend scratch = new InMemoryBackend()) {
      for (Subscriber subscriber : OrderFulfilmentSystem.subscribersOf(scratch.events(), scratch.readModels(), ownContexts::contains)) {
        wanted.addAll(subscriber.contexts());
      }
    }
    wanted.removeAll(ownContexts);
    return wanted;
  }
}
