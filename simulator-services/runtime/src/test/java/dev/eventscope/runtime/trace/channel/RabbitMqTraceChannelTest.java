package dev.eventscope.runtime.trace.channel;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import org.junit.jupiter.api.BeforeAll;

class RabbitMqTraceChannelTest extends TraceChannelContract {

  @BeforeAll
  static void rabbitIsThere() {
    BusFixtures.assumeListening("127.0.0.1", 5672, "RabbitMQ");
  }

  @Override
  protected TraceChannel newChannel(BusSettings settings, String process) {
    return new RabbitMqTraceChannel(settings, process);
  }

  @Override
  protected void publishRaw(BusSettings settings, byte[] message) {
    onBroker(settings, channel -> channel.basicPublish(channelName(), "", null, message));
  }

  /** The queues were exclusive and went with their connections; the exchange is the test's own. */
  @Override
  protected void removeBrokerState(BusSettings settings) {
    onBroker(settings, channel -> channel.exchangeDelete(channelName()));
  }

  interface Work {
    void run(Channel channel) throws Exception;
  }

  static void onBroker(BusSettings settings, Work work) {
    ConnectionFactory factory = new ConnectionFactory();
    try {
      factory.setUri(settings.rabbitmqUri());
      if (factory.getVirtualHost().isEmpty()) factory.setVirtualHost("/");
      try (Connection connection = factory.newConnection("eventscope-trace-test"); Channel channel = connection.createChannel()) {
        work.run(channel);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
