package dev.eventscope.runtime.bus;

import dev.eventscope.runtime.testing.AppendingContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.runtime.system.SystemOptions;
import dev.eventscope.runtime.testing.RecordingSubscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A running system under steady command load (two clients, eight aggregates) with two watching
 * subscribers, one of them with outside effects; afterwards it tells whether every stored event
 * reached each subscriber exactly once and in each aggregate's order.
 */
public final class LoadedSystem implements AutoCloseable {
  private final RecordingSubscriber projection = new RecordingSubscriber("projection");
  private final RecordingSubscriber mailer = new RecordingSubscriber("mailer", true);
  private final List<UUID> aggregates = new ArrayList<>();
  private final AtomicBoolean sending = new AtomicBoolean(true);
  private final List<Thread> clients = new ArrayList<>();
  private final EventSystem system;
  private final long pauseNanos;

  private LoadedSystem(EventBus bus, int commandsPerSecondPerClient) {
    this.pauseNanos = 1_000_000_000L / commandsPerSecondPerClient;
    SystemOptions options = SystemOptions.defaults(OrderFulfilmentContracts.registry());
    system = EventSystem.start(options, new InMemoryBackend(), bus, List.of(new AppendingContext(List.of(projection, mailer))));
    for (int i = 0; i < 8; i++) aggregates.add(UUID.randomUUID());
    for (int t = 0; t < 2; t++) {
      int offset = t;
      Thread client = new Thread(() -> send(offset), "load-" + t);
      client.start();
      clients.add(client);
    }
  }

  /** About a thousand commands a second per client: more than a broker with confirms takes one by one. */
  public static LoadedSystem start(EventBus bus) {
    return new LoadedSystem(bus, 1_000);
  }

  public static LoadedSystem start(EventBus bus, int commandsPerSecondPerClient) {
    return new LoadedSystem(bus, commandsPerSecondPerClient);
  }

  public EventSystem system() {
    return system;
  }

  private void send(int offset) {
    int i = offset;
    while (sending.get()) {
      system.mediator().send(new ConfirmOrder(aggregates.get(i++ % aggregates.size())), "test");
      // Steady, not flooding.
      LockSupport.parkNanos(pauseNanos);
    }
  }

  public void stopLoad() throws InterruptedException {
    sending.set(false);
    for (Thread client : clients) client.join();
  }

  /** Waits for quiet, then checks: every stored event applied once by each subscriber, in order, nothing parked. */
  public long assertEveryEventAppliedOnceInOrder() {
    assertThat(system.awaitQuiescent(Duration.ofSeconds(30))).as("quiescent").isTrue();
    long stored = system.backend().events().lastPosition();
    for (RecordingSubscriber subscriber : List.of(projection, mailer)) {
      assertThat(subscriber.positions()).as(subscriber.name() + ": nothing lost, nothing twice")
          .doesNotHaveDuplicates().hasSize((int) stored);
      for (UUID aggregate : aggregates) {
        List<Long> versions = subscriber.handled().stream().filter(e -> e.aggregateId().equals(aggregate.toString()))
            .map(StoredEvent::version).toList();
        assertThat(versions).as(subscriber.name() + " order of " + aggregate).isSorted();
      }
    }
    assertThat(system.deadLetters()).isEmpty();
    return stored;
  }

  @Override
  public void close() {
    try {
      stopLoad();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      system.close();
    }
  }
}
