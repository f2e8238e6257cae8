package dev.eventscope.runtime.bus.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DeliverCallback;
import com.rabbitmq.client.Delivery;
import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.runtime.bus.EventConsumer;
import dev.eventscope.runtime.bus.broker.ConsumerRetry;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.StoredEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's queue consumer: the client's callback only hands deliveries to a thread of
 * its own, which takes them one at a time in queue order (so each aggregate keeps its order) and
 * acknowledges them after the subscriber took them (one multiple ack per run of deliveries). Unreadable messages are rejected to the
 * dead-letter exchange. It also knows what it still owes (published for it, not yet acknowledged),
 * which is what draining waits for.
 */
final class QueueConsumer {
  private static final Logger LOG = LoggerFactory.getLogger(QueueConsumer.class);
  private static final int PREFETCH = 256;

  private final String subscriber;
  private final String queue;
  private final Set<String> contexts;
  private final EventConsumer consumer;
  private final EventWire wire;
  private final LinkedBlockingQueue<Delivery> inbox = new LinkedBlockingQueue<>();
  private final Set<String> owed = ConcurrentHashMap.newKeySet();
  private final AtomicInteger inHand = new AtomicInteger();
  private volatile boolean running;
  private Channel channel;
  private Thread thread;

  QueueConsumer(String subscriber, String queue, Set<String> contexts, EventConsumer consumer, EventWire wire) {
    this.subscriber = subscriber;
    this.queue = queue;
    this.contexts = Set.copyOf(contexts);
    this.consumer = consumer;
    this.wire = wire;
  }

  String subscriber() {
    return subscriber;
  }

  String queue() {
    return queue;
  }

  Set<String> contexts() {
    return contexts;
  }

  boolean reads(String context) {
    return contexts.contains(context);
  }

  /** Called before publishing a message this subscriber will receive. */
  void owe(String messageId) {
    owed.add(messageId);
  }

  /** The publish failed: the broker may or may not have it; the queue's own count covers the rest. */
  void forgive(String messageId) {
    owed.remove(messageId);
  }

  /** Nothing published for it is unacknowledged and nothing delivered is still in hand. */
  boolean settled() {
    return owed.isEmpty() && inHand.get() == 0 && inbox.isEmpty();
  }

  void start(Connection connection) throws IOException {
    running = true;
    thread = new Thread(this::run, "bus-rabbitmq-" + subscriber);
    thread.setDaemon(true);
    thread.start();
    channel = connection.createChannel();
    channel.basicQos(PREFETCH);
    DeliverCallback deliver = (tag, delivery) -> {
      inHand.incrementAndGet();
      inbox.add(delivery);
    };
    channel.basicConsume(queue, false, "eventscope-" + subscriber, deliver, tag -> LOG.warn("{} was cancelled by the broker", queue));
  }

  private void run() {
    List<Delivery> batch = new ArrayList<>(PREFETCH);
    while (running) {
      Delivery first;
      try {
        first = inbox.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        return;
      }
      if (first == null) continue;
      batch.add(first);
      inbox.drainTo(batch, PREFETCH - 1);
      try {
        handle(batch);
      } finally {
        inHand.addAndGet(-batch.size());
        batch.clear();
      }
    }
  }

  /**
   * Hands a run of deliveries over one at a time, in queue order, then acknowledges everything the
   * subscriber took with one multiple ack (the broker settles the whole run at once instead of
   * one frame per message). Still only after the subscriber took each: a crash before the ack
   * means redelivery, which the subscriber recognises.
   */
  private void handle(List<Delivery> batch) {
    long lastTaken = -1;
    List<String> taken = new ArrayList<>(batch.size());
    for (Delivery delivery : batch) {
      long tag = delivery.getEnvelope().getDeliveryTag();
      String messageId = delivery.getProperties().getMessageId();
      StoredEvent event;
      try {
        event = wire.decode(delivery.getBody());
      } catch (ContractException e) {
        LOG.error("{} cannot read message {} ({}); rejected to the dead-letter exchange", subscriber, messageId, e.getMessage());
        settle(() -> channel.basicReject(tag, false), messageId == null ? List.of() : List.of(messageId));
        continue;
      }
      // Closing before the subscriber took it: no acknowledgement, the broker hands it out again.
      if (!ConsumerRetry.untilTaken(consumer, event, () -> running, subscriber)) break;
      lastTaken = tag;
      taken.add(messageId);
    }
    if (lastTaken < 0) return;
    long upTo = lastTaken;
    settle(() -> channel.basicAck(upTo, true), taken);
  }

  private interface Answer {
    void send() throws IOException;
  }

  private void settle(Answer answer, List<String> messageIds) {
    try {
      answer.send();
      for (String messageId : messageIds) {
        if (messageId != null) owed.remove(messageId);
      }
    } catch (IOException | RuntimeException e) {
      // The channel went down with the connection: the broker requeued the messages and will
      // deliver them again after recovery; the subscriber recognises them then.
      LOG.debug("{} could not acknowledge {} messages: {}", subscriber, messageIds.size(), e.toString());
    }
  }

  void stop() {
    running = false;
    if (thread != null) {
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (channel != null && channel.isOpen()) {
      try {
        // Closing returns whatever it holds unacknowledged to the queue, in order.
        channel.close();
      } catch (IOException | java.util.concurrent.TimeoutException | RuntimeException e) {
        LOG.debug("{} channel close: {}", subscriber, e.toString());
      }
    }
  }
}
