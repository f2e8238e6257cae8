package dev.eventscope.services.bench;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.eventscope.runtime.bus.BusSettings;
import java.io.IOException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * amqp-client alone: persistent messages with the bus's properties to a topic exchange, a durable
 * quorum queue declared with the bus's arguments, publisher confirms per window,
 * and a consumer (prefetch 256, as the bus) that acknowledges each message after taking it.
 */
final class RawRabbitMq implements RawClient {
  private final BusSettings settings;
  private final BenchNames names;
  private final Connection connection;
  private Channel publisher;
  private final LongAdder consumed = new LongAdder();

  RawRabbitMq(BusSettings settings, BenchNames names) {
    this.settings = settings;
    this.names = names;
    try {
      this.connection = factory(settings).newConnection("eventscope-bench-raw");
    } catch (IOException | TimeoutException | RuntimeException e) {
      throw new IllegalStateException("raw RabbitMQ client cannot connect: " + e, e);
    }
  }

  static ConnectionFactory factory(BusSettings settings) {
    ConnectionFactory factory = new ConnectionFactory();
    try {
      factory.setUri(settings.rabbitmqUri());
    } catch (Exception e) {
      throw new IllegalArgumentException("bad RabbitMQ URI " + BusSettings.mask(settings.rabbitmqUri()), e);
    }
    if (factory.getVirtualHost().isEmpty()) factory.setVirtualHost("/");
    return factory;
  }

  @Override
  public void start() {
    try {
      Channel setup = connection.createChannel();
      setup.exchangeDeclare(names.rawTopic(), BuiltinExchangeType.TOPIC, true);
      // The arguments the bus gives its queues (RabbitTopology): the same queue does the same work.
      setup.queueDeclare(names.rawTopic(), true, false, false, Map.of("x-queue-type", "quorum", "x-single-active-consumer", true,
          "x-delivery-limit", settings.maxDeliveries(), "x-dead-letter-exchange", names.prefix() + ".dlx", "x-dead-letter-routing-key", "raw"));
      setup.queueBind(names.rawTopic(), names.rawTopic(), BenchEvents.CONTEXT + ".#");
      Channel consumer = connection.createChannel();
      consumer.basicQos(256);
      consumer.basicConsume(names.rawTopic(), false, (tag, delivery) -> {
        consumer.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
        consumed.increment();
      }, tag -> { });
      publisher = connection.createChannel();
      publisher.confirmSelect();
    } catch (IOException e) {
      throw new IllegalStateException("raw RabbitMQ client cannot set up: " + e, e);
    }
  }

  @Override
  public long move(List<RawMessage> messages, int batch) {
    long target = consumed.sum() + messages.size();
    long started = System.nanoTime();
    try {
      send(publisher, messages, batch);
    } catch (IOException | TimeoutException e) {
      throw new IllegalStateException("raw RabbitMQ client failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    BusBenchmark.await(consumed, target);
    return System.nanoTime() - started;
  }

  private void send(Channel channel, List<RawMessage> messages, int batch) throws IOException, InterruptedException, TimeoutException {
    for (int from = 0; from < messages.size(); from += batch) {
      for (RawMessage message : messages.subList(from, Math.min(messages.size(), from + batch))) {
        channel.basicPublish(names.rawTopic(), message.routingKey(), false, properties(message), message.body());
      }
      channel.waitForConfirmsOrDie(30_000);
    }
  }

  private static AMQP.BasicProperties properties(RawMessage message) {
    return new AMQP.BasicProperties.Builder()
        .contentType("application/json")
        .contentEncoding("UTF-8")
        .deliveryMode(2)
        .messageId(message.event().envelope().messageId().toString())
        .correlationId(message.event().envelope().correlationId().toString())
        .type(message.event().type())
        .timestamp(Date.from(message.event().envelope().occurredAt()))
        .headers(new HashMap<>(message.headers()))
        .build();
  }

  @Override
  public void close() {
    try {
      connection.close(2_000);
    } catch (IOException | RuntimeException e) {
      // Closing is best effort; the cleanup deletes the queue either way.
    }
  }
}
