package dev.eventscope.runtime.bus.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.runtime.bus.BusHealth;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.BusUnavailableException;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.StoredEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RabbitMQ as the event bus. Publishing waits for the broker's confirm (persistent messages on
 * quorum queues), so a returned publish is on disk. Connects when built: a broker that is not
 * there fails at once with its address.
 */
public final class RabbitMqEventBus implements EventBus {
  private static final Logger LOG = LoggerFactory.getLogger(RabbitMqEventBus.class);

  private final BusSettings settings;
  private final RabbitEndpoint endpoint;
  private final RabbitTopology topology;
  private final EventWire wire;
  private final ExecutorService dispatch;
  private final Connection connection;
  private final List<QueueConsumer> consumers = new CopyOnWriteArrayList<>();
  private final Object publishing = new Object();
  private final Object admin = new Object();
  private Channel publisher;
  private Channel adminChannel;
  private volatile boolean started;
  /** Set when the connection came back: confirms owed on the old link never come, so publish on a fresh channel. */
  private volatile boolean recovered;

  public RabbitMqEventBus(BusSettings settings, JsonCodec codec) {
    this.settings = settings;
    this.endpoint = new RabbitEndpoint(settings.rabbitmqUri(), settings.connectTimeout());
    this.topology = new RabbitTopology(settings.prefix(), settings.maxDeliveries());
    this.wire = new EventWire(codec);
    AtomicInteger threads = new AtomicInteger();
    this.dispatch = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "bus-rabbitmq-dispatch-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      this.connection = endpoint.connect("eventscope-" + settings.prefix(), dispatch);
      if (connection instanceof Recoverable recoverable) recoverable.addRecoveryListener(new RecoveryListener() {
        @Override
        public void handleRecovery(Recoverable recovered) {
          RabbitMqEventBus.this.recovered = true;
          LOG.info("RabbitMQ at {} is back", endpoint.shown());
        }

        @Override
        public void handleRecoveryStarted(Recoverable recovering) {
          LOG.warn("lost RabbitMQ at {}; reconnecting", endpoint.shown());
        }
      });
      synchronized (admin) {
        topology.declareExchanges(adminChannel());
      }
    } catch (IOException | RuntimeException e) {
      dispatch.shutdownNow();
      throw e instanceof BusUnavailableException unavailable ? unavailable
          : new BusUnavailableException("RabbitMQ at " + endpoint.shown() + " refused the setup: " + RabbitEndpoint.rootMessage(e), e);
    }
  }

  @Override
  public String strategy() {
    return "rabbitmq";
  }

  @Override
  public void subscribe(String subscriber, Set<String> contexts, EventConsumer consumer) {
    if (started) throw new IllegalStateException("subscribe before start");
    consumers.add(new QueueConsumer(subscriber, topology.queue(subscriber), contexts, consumer, wire));
  }

  @Override
  public void start() {
    try {
      for (QueueConsumer consumer : consumers) {
        synchronized (admin) {
          topology.declareSubscriber(adminChannel(), consumer.subscriber(), consumer.contexts());
        }
        consumer.start(connection);
      }
    } catch (IOException | RuntimeException e) {
      consumers.forEach(QueueConsumer::stop);
      throw new BusUnavailableException("RabbitMQ at " + endpoint.shown() + " refused the queues: " + RabbitEndpoint.rootMessage(e), e);
    }
    started = true;
    LOG.info("rabbitmq bus on {} with {} subscribers (prefix {})", endpoint.shown(), consumers.size(), settings.prefix());
  }

  @Override
  public void publish(StoredEvent event) {
    Envelope<?> envelope = event.envelope();
    String messageId = envelope.messageId().toString();
    List<QueueConsumer> receivers = consumers.stream().filter(c -> c.reads(event.context())).toList();
    receivers.forEach(receiver -> receiver.owe(messageId));
    try {
      synchronized (publishing) {
        Channel channel = publisher();
        channel.basicPublish(topology.exchange(), RabbitTopology.routingKey(event.context(), event.type()), false, properties(event), wire.encode(event));
        channel.waitForConfirmsOrDie(Math.max(1_000, settings.connectTimeout().toMillis()));
      }
    } catch (IOException | TimeoutException | RuntimeException e) {
      receivers.forEach(receiver -> receiver.forgive(messageId));
      dropPublisher();
      throw new BusUnavailableException("RabbitMQ at " + endpoint.shown() + " did not confirm event " + event.position() + ": "
          + RabbitEndpoint.rootMessage(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      receivers.forEach(receiver -> receiver.forgive(messageId));
      throw new BusUnavailableException("interrupted while RabbitMQ confirmed event " + event.position(), e);
    }
  }

  /** Publishes the whole batch, then waits for the broker's confirms once. */
  @Override
  public void publishAll(List<StoredEvent> events) {
    if (events.size() == 1) {
      publish(events.get(0));
      return;
    }
    Map<String, List<QueueConsumer>> owed = new LinkedHashMap<>();
    for (StoredEvent event : events) {
      String messageId = event.envelope().messageId().toString();
      List<QueueConsumer> receivers = consumers.stream().filter(c -> c.reads(event.context())).toList();
      receivers.forEach(receiver -> receiver.owe(messageId));
      owed.put(messageId, receivers);
    }
    StoredEvent last = events.get(events.size() - 1);
    try {
      synchronized (publishing) {
        Channel channel = publisher();
        for (StoredEvent event : events) {
          channel.basicPublish(topology.exchange(), RabbitTopology.routingKey(event.context(), event.type()), false, properties(event),
              wire.encode(event));
        }
        channel.waitForConfirmsOrDie(Math.max(1_000, settings.connectTimeout().toMillis()));
      }
    } catch (IOException | TimeoutException | RuntimeException e) {
      owed.forEach((messageId, receivers) -> receivers.forEach(receiver -> receiver.forgive(messageId)));
      dropPublisher();
      throw new BusUnavailableException("RabbitMQ at " + endpoint.shown() + " did not confirm events up to " + last.position() + ": "
          + RabbitEndpoint.rootMessage(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      owed.forEach((messageId, receivers) -> receivers.forEach(receiver -> receiver.forgive(messageId)));
      throw new BusUnavailableException("interrupted while RabbitMQ confirmed events up to " + last.position(), e);
    }
  }

  /** The publishing channel in confirm mode; a fresh one after a failure or a reconnect. */
  private Channel publisher() throws IOException {
    if (recovered) {
      recovered = false;
      dropPublisher();
    }
    if (publisher == null || !publisher.isOpen()) {
      publisher = connection.createChannel();
      publisher.confirmSelect();
    }
    return publisher;
  }

  private void dropPublisher() {
    Channel old = publisher;
    publisher = null;
    if (old == null) return;
    try {
      old.abort();
    } catch (IOException | RuntimeException e) {
      LOG.debug("abandoning the publishing channel: {}", e.toString());
    }
  }

  private Channel adminChannel() throws IOException {
    if (adminChannel == null || !adminChannel.isOpen()) adminChannel = connection.createChannel();
    return adminChannel;
  }

  private static AMQP.BasicProperties properties(StoredEvent event) {
    Map<String, Object> headers = new HashMap<>(EventWire.headers(event));
    return new AMQP.BasicProperties.Builder()
        .contentType("application/json")
        .contentEncoding("UTF-8")
        .deliveryMode(2)
        .messageId(event.envelope().messageId().toString())
        .correlationId(event.envelope().correlationId().toString())
        .type(event.type())
        .timestamp(Date.from(event.envelope().occurredAt()))
        .headers(headers)
        .build();
  }

  @Override
  public boolean drain(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (consumers.stream().allMatch(QueueConsumer::settled) && queuesEmpty()) return true;
      if (System.nanoTime() > deadline) return false;
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /** No message waits in a subscriber's queue (left by an earlier bus, or published twice). */
  private boolean queuesEmpty() {
    try {
      synchronized (admin) {
        for (QueueConsumer consumer : consumers) {
          if (adminChannel().messageCount(consumer.queue()) > 0) return false;
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public BusHealth health() {
    return connection.isOpen()
        ? new BusHealth(strategy(), true, endpoint.shown())
        : new BusHealth(strategy(), false, endpoint.shown() + " unreachable, reconnecting");
  }

  @Override
  public void close() {
    started = false;
    consumers.forEach(QueueConsumer::stop);
    try {
      connection.close(2_000);
    } catch (IOException | RuntimeException e) {
      LOG.debug("rabbitmq close: {}", e.toString());
    }
    dispatch.shutdownNow();
  }
}
