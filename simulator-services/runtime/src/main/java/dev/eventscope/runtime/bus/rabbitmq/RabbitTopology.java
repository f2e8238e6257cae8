package dev.eventscope.runtime.bus.rabbitmq;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The names of the wire format and how they are declared: topic exchange {@code <prefix>.events}
 * (routing key {@code <context>.<Type>}), one durable quorum queue {@code <prefix>.<subscriber>}
 * bound with {@code <context>.#} per context it reads, and dead-letter exchange
 * {@code <prefix>.dlx} routing each subscriber's dead letters to {@code <prefix>.<subscriber>.dead}.
 * Quorum queues because they keep order per consumer, survive broker restarts and count
 * deliveries, which gives the delivery limit.
 */
record RabbitTopology(String prefix, int deliveryLimit) {

  String exchange() {
    return prefix + ".events";
  }

  String deadLetterExchange() {
    return prefix + ".dlx";
  }

  String queue(String subscriber) {
    return prefix + "." + subscriber;
  }

  String deadQueue(String subscriber) {
    return queue(subscriber) + ".dead";
  }

  static String routingKey(String context, String type) {
    return context + "." + type;
  }

  void declareExchanges(Channel channel) throws IOException {
    channel.exchangeDeclare(exchange(), BuiltinExchangeType.TOPIC, true);
    channel.exchangeDeclare(deadLetterExchange(), BuiltinExchangeType.DIRECT, true);
  }

  void declareSubscriber(Channel channel, String subscriber, Set<String> contexts) throws IOException {
    channel.queueDeclare(deadQueue(subscriber), true, false, false, Map.of("x-queue-type", "quorum"));
    channel.queueBind(deadQueue(subscriber), deadLetterExchange(), subscriber);
    channel.queueDeclare(queue(subscriber), true, false, false, Map.of(
        "x-queue-type", "quorum",
        // One consumer at a time even if two buses (or processes) consume: order per aggregate holds.
        "x-single-active-consumer", true,
        "x-delivery-limit", deliveryLimit,
        "x-dead-letter-exchange", deadLetterExchange(),
        "x-dead-letter-routing-key", subscriber));
    for (String context : contexts) channel.queueBind(queue(subscriber), exchange(), context + ".#");
  }
}
