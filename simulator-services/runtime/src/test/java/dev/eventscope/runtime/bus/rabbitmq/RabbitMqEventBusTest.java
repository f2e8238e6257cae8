package dev.eventscope.runtime.bus.rabbitmq;

import static dev.eventscope.runtime.bus.BusFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Delivery;
import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.bus.EventBusContract;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RabbitMqEventBusTest extends EventBusContract {

  @BeforeAll
  static void rabbitIsThere() {
    BusFixtures.assumeListening("127.0.0.1", 5672, "RabbitMQ");
  }

  @Override
  protected EventBus newBus(BusSettings settings) {
    return new RabbitMqEventBus(settings, BusFixtures.CODEC);
  }

  @Override
  protected long deadLetters(BusSettings settings) {
    long total = 0;
    for (String queue : RabbitAdmin.queues(settings)) {
      if (queue.endsWith(".dead")) total += RabbitAdmin.messageCount(settings, queue);
    }
    return total;
  }

  @Override
  protected void publishRaw(BusSettings settings, String context, byte[] body) {
    RabbitAdmin.call(settings, channel -> {
      channel.basicPublish(settings.prefix() + ".events", context + ".Garbage", null, body);
      return null;
    });
  }

  @Override
  protected BusSettings pointedAtNothing(BusSettings settings, int port) {
    return settings.withRabbitmqUri("amqp://guest:s3cret@127.0.0.1:" + port + "/");
  }

  @Override
  protected void removeBrokerState(BusSettings settings) {
    RabbitAdmin.deleteAll(settings);
  }

  @Test
  void publishes_the_documented_wire_format() throws Exception {
    BusSettings settings = settings();
    EventBus bus = open(settings);
    bus.subscribe("reader", Set.of("orders"), event -> {
      throw new IllegalStateException("not now");
    });
    bus.start();
    bus.close();
    StoredEvent sent = event(7, UUID.randomUUID(), 1);
    EventBus publisher = open(settings);
    publisher.start();
    publisher.publish(sent);

    Delivery got = RabbitAdmin.next(settings, settings.prefix() + ".reader");
    assertThat(got).isNotNull();
    assertThat(got.getEnvelope().getExchange()).isEqualTo(settings.prefix() + ".events");
    assertThat(got.getEnvelope().getRoutingKey()).isEqualTo("orders.OrderConfirmed");
    AMQP.BasicProperties properties = got.getProperties();
    assertThat(properties.getHeaders().get("es-message-id").toString()).isEqualTo(sent.envelope().messageId().toString());
    assertThat(properties.getHeaders().get("es-type").toString()).isEqualTo("OrderConfirmed");
    assertThat(properties.getHeaders().get("es-correlation-id").toString()).isEqualTo(sent.envelope().correlationId().toString());
    assertThat(BusFixtures.CODEC.mapper().readTree(got.getBody()).get("position").asLong()).isEqualTo(7);
  }
}
