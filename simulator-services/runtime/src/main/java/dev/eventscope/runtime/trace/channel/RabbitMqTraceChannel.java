package dev.eventscope.runtime.trace.channel;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.BusUnavailableException;
import dev.eventscope.runtime.trace.Hop;
import java.io.IOException;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trace channel on RabbitMQ: a fanout exchange, and per subscribing process an exclusive,
 * auto-delete queue the broker names, so each process gets every batch, nothing waits for a
 * process that is gone, and no name has to be agreed on. Messages are transient and unconfirmed:
 * a trace is not worth a disk write or a round trip. The connection recovers by itself (queue
 * and binding too) after a network failure or a broker restart.
 */
public final class RabbitMqTraceChannel implements TraceChannel {
  private static final Logger LOG = LoggerFactory.getLogger(RabbitMqTraceChannel.class);
  private static final AMQP.BasicProperties JSON = new AMQP.BasicProperties.Builder()
      .contentType("application/json").contentEncoding("UTF-8").deliveryMode(1).build();

  private final String exchange;
  private final String shown;
  private final Connection connection;
  private final Receivers receivers;
  private final PublishQueue publisher;
  private final Channel declaring;
  /** Used by the publishing thread only; made again after a failure. */
  private Channel sending;

  public RabbitMqTraceChannel(BusSettings settings, String process) {
    this(settings, process, TraceChannels.defaultName(settings));
  }

  /** @param exchange the channel's exchange; tests use their own */
  public RabbitMqTraceChannel(BusSettings settings, String process, String exchange) {
    this.exchange = exchange;
    this.shown = BusSettings.mask(settings.rabbitmqUri());
    this.connection = connect(settings, process);
    try {
      // Kept open with the connection: recovery declares the exchange again on the channel that
      // first declared it, and fails (logging an error) when that channel was closed.
      this.declaring = connection.createChannel();
      declaring.exchangeDeclare(exchange, BuiltinExchangeType.FANOUT, true);
    } catch (IOException | RuntimeException e) {
      closeQuietly();
      throw new BusUnavailableException("RabbitMQ at " + shown + " refused trace exchange " + exchange + ": " + e, e);
    }
    HopBatchCodec codec = new HopBatchCodec();
    this.receivers = new Receivers(process, codec);
    this.publisher = new PublishQueue("rabbitmq-" + process, process, codec, this::send, new Outage("rabbitmq " + exchange + " at " + shown),
        settings.connectTimeout());
  }

  private Connection connect(BusSettings settings, String process) {
    ConnectionFactory factory = new ConnectionFactory();
    try {
      factory.setUri(settings.rabbitmqUri());
    } catch (URISyntaxException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an amqp:// or amqps:// URI: " + shown);
    }
    // As the bus reads it: a bare trailing "/" means the default vhost.
    if (factory.getVirtualHost().isEmpty()) factory.setVirtualHost("/");
    int timeout = (int) Math.max(100, settings.connectTimeout().toMillis());
    factory.setConnectionTimeout(timeout);
    factory.setHandshakeTimeout(Math.max(timeout, 5_000));
    factory.setRequestedHeartbeat(10);
    factory.setAutomaticRecoveryEnabled(true);
    factory.setTopologyRecoveryEnabled(true);
    factory.setNetworkRecoveryInterval(2_000);
    try {
      return factory.newConnection("eventscope-trace-" + process);
    } catch (IOException | TimeoutException e) {
      throw new BusUnavailableException("RabbitMQ at " + shown + " is not reachable: " + e, e);
    }
  }

  private void send(byte[] message) throws IOException {
    try {
      if (sending == null || !sending.isOpen()) sending = connection.createChannel();
      sending.basicPublish(exchange, "", false, JSON, message);
    } catch (IOException | RuntimeException e) {
      sending = null;
      throw e;
    }
  }

  @Override
  public String strategy() {
    return "rabbitmq";
  }

  @Override
  public void publish(List<Hop> hops) {
    publisher.offer(hops);
  }

  /** The first listener declares this process's queue and starts consuming before this returns. */
  @Override
  public synchronized void subscribe(Consumer<List<Hop>> listener) {
    if (!receivers.add(listener)) return;
    try {
      Channel reading = connection.createChannel();
      String queue = reading.queueDeclare().getQueue();
      reading.queueBind(queue, exchange, "");
      reading.basicConsume(queue, true, (tag, delivery) -> receivers.deliver(delivery.getBody()), tag -> { });
    } catch (IOException | RuntimeException e) {
      throw new BusUnavailableException("RabbitMQ at " + shown + " refused a trace queue on " + exchange + ": " + e, e);
    }
  }

  @Override
  public long dropped() {
    return publisher.dropped();
  }

  @Override
  public synchronized void close() {
    publisher.close();
    closeQuietly();
  }

  private void closeQuietly() {
    try {
      // Closing the connection deletes this process's queue (exclusive, auto-delete).
      connection.close(2_000);
    } catch (IOException | RuntimeException e) {
      LOG.debug("closing the trace connection: {}", e.toString());
    }
  }
}
