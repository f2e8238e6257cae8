package dev.eventscope.runtime.bus.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Delivery;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.trace.channel.TraceChannels;
import java.util.List;

/** What the tests do on the broker directly: look into queues and delete what a test declared. */
public final class RabbitAdmin {
  interface Work<T> {
    T run(Channel channel) throws Exception;
  }

  private RabbitAdmin() {}

  static <T> T call(BusSettings settings, Work<T> work) {
    ConnectionFactory factory = new ConnectionFactory();
    try {
      factory.setUri(settings.rabbitmqUri());
      if (factory.getVirtualHost().isEmpty()) factory.setVirtualHost("/");
      try (Connection connection = factory.newConnection("eventscope-test"); Channel channel = connection.createChannel()) {
        return work.run(channel);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The queues a test's subscribers get: the names the bus tests use, and the order-fulfilment
   * system's own subscribers (system-level and reliability runs), and a fleet's inboxes. A name missing here leaks a
   * quorum queue per run, and hundreds of them wedge RabbitMQ.
   */
  static List<String> queues(BusSettings settings) {
    String p = settings.prefix() + ".";
    return List.of("alpha", "beta", "orders-reader", "inventory-reader", "slow", "stuck", "reader", "recovering", "any",
        "projection", "mailer", "recorder", "order-summary", "stock-levels", "fulfilment", "notifications", "run-probe",
        "inbox-orders", "inbox-inventory", "inbox-payments", "inbox-shipping", "inbox-notifications")
        .stream().flatMap(name -> List.of(p + name, p + name + ".dead").stream()).toList();
  }

  /** The next message of a queue (consumed: the queues allow no basic.get), or null after five seconds. */
  static Delivery next(BusSettings settings, String queue) {
    return call(settings, channel -> {
      java.util.concurrent.BlockingQueue<Delivery> got = new java.util.concurrent.LinkedBlockingQueue<>();
      channel.basicConsume(queue, true, (tag, delivery) -> got.add(delivery), tag -> { });
      return got.poll(5, java.util.concurrent.TimeUnit.SECONDS);
    });
  }

  /** Ready messages in a queue; 0 when the test never declared it. */
  static long messageCount(BusSettings settings, String queue) {
    try {
      return call(settings, channel -> channel.messageCount(queue));
    } catch (IllegalStateException e) {
      return 0;
    }
  }

  public static void deleteAll(BusSettings settings) {
    for (String queue : queues(settings)) call(settings, channel -> channel.queueDelete(queue));
    call(settings, channel -> channel.exchangeDelete(settings.prefix() + ".events"));
    call(settings, channel -> channel.exchangeDelete(settings.prefix() + ".dlx"));
    call(settings, channel -> channel.exchangeDelete(TraceChannels.defaultName(settings)));
  }
}
