package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.kafka.KafkaTestAdmin;
import dev.eventscope.runtime.bus.kafka.SharedKafka;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

class KafkaTraceChannelTest extends TraceChannelContract {

  @Override
  protected BusSettings settings() {
    return super.settings().withKafkaBootstrap(SharedKafka.broker().bootstrap());
  }

  @Override
  protected TraceChannel newChannel(BusSettings settings, String process) {
    return new KafkaTraceChannel(settings, process);
  }

  @Override
  protected void publishRaw(BusSettings settings, byte[] message) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      producer.send(new ProducerRecord<>(channelName(), message)).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected void removeBrokerState(BusSettings settings) {
    KafkaTestAdmin.deleteTopics(settings.kafkaBootstrap(), settings.prefix());
  }
}
