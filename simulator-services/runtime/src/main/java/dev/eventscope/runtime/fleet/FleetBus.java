package dev.eventscope.runtime.fleet;

import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The bus of one process in a fleet. Everything in the process's store goes to its own
 * subscribers over an in-process bus; the events of the contexts this process owns also go to
 * the broker, for the other processes. The events its subscribers want from other contexts
 * come from the broker into the {@link Inbox}, which stores them locally — from where the
 * outbox hands them to the subscribers like any other event. Every process of a service reads
 * them with the same consumer group, so a scaled-out service shares the work and its shared store
 * holds each event once. Named after the broker's strategy: that is the bus the flow crosses.
 */
public final class FleetBus implements EventBus {
  private final EventBus local;
  private final EventBus broker;
  private final Set<String> ownContexts;
  private final Set<String> foreignContexts;
  private final String inboxName;
  private final Inbox inbox;

  /**
   * @param local the in-process bus for this process's subscribers
   * @param broker the shared broker
   * @param ownContexts the contexts whose events this process stores first-hand and publishes
   * @param foreignContexts the other contexts whose events the service's subscribers take
   * @param inboxName the consumer group the service's processes read those events with
   * @param inbox where those events go
   */
  public FleetBus(EventBus local, EventBus broker, Set<String> ownContexts, Set<String> foreignContexts, String inboxName,
      Inbox inbox) {
    this.local = local;
    this.broker = broker;
    this.ownContexts = Set.copyOf(ownContexts);
    this.foreignContexts = Set.copyOf(foreignContexts);
    this.inboxName = inboxName;
    this.inbox = inbox;
  }

  @Override
  public String strategy() {
    return broker.strategy();
  }

  @Override
  public void subscribe(String subscriber, Set<String> contexts, EventConsumer consumer) {
    local.subscribe(subscriber, contexts, consumer);
  }

  @Override
  public void start() {
    if (!foreignContexts.isEmpty()) broker.subscribe(inboxName, foreignContexts, inbox);
    local.start();
    broker.start();
  }

  @Override
  public void publish(StoredEvent event) {
    if (ownContexts.contains(event.context())) broker.publish(event);
    local.publish(event);
  }

  @Override
  public void publishAll(List<StoredEvent> events) {
    List<StoredEvent> own = events.stream().filter(event -> ownContexts.contains(event.context())).toList();
    if (!own.isEmpty()) broker.publishAll(own);
    local.publishAll(events);
  }

  @Override
  public boolean drain(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean fromBroker = broker.drain(timeout);
    return local.drain(Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))) && fromBroker;
  }

  /** The other processes stay on their broker: this process cannot leave it alone. */
  @Override
  public boolean switchable() {
    return false;
  }

  @Override
  public BusHealth health() {
    return broker.health();
  }

  @Override
  public void close() {
    broker.close();
    local.close();
  }
}
