package dev.eventscope.runtime.bus.rabbitmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.RecoveryDelayHandler;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.bus.BusUnavailableException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;

/**
 * One RabbitMQ broker as an {@code amqp://user:password@host:port/vhost} URI says; the only place
 * that holds the password. Connections recover by themselves after a network failure or a broker
 * restart, retrying soon at first and then every few seconds.
 */
final class RabbitEndpoint {
  private static final List<Long> RECOVERY_DELAYS_MS = List.of(100L, 250L, 500L, 1_000L, 2_000L, 5_000L);

  private final ConnectionFactory factory = new ConnectionFactory();
  private final String shown;

  RabbitEndpoint(String uri, java.time.Duration connectTimeout) {
    this.shown = BusSettings.mask(uri);
    try {
      factory.setUri(uri);
    } catch (URISyntaxException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an amqp:// or amqps:// URI: " + shown);
    }
    // The AMQP URI spec reads a bare trailing "/" as the empty vhost; people (and our documented
    // default amqp://guest:guest@127.0.0.1:5672/) mean the default one.
    if (factory.getVirtualHost().isEmpty()) factory.setVirtualHost("/");
    int timeout = (int) Math.max(100, connectTimeout.toMillis());
    factory.setConnectionTimeout(timeout);
    factory.setHandshakeTimeout(Math.max(timeout, 5_000));
    factory.setRequestedHeartbeat(10);
    factory.setAutomaticRecoveryEnabled(true);
    factory.setTopologyRecoveryEnabled(true);
    factory.setRecoveryDelayHandler(new RecoveryDelayHandler.ExponentialBackoffDelayHandler(RECOVERY_DELAYS_MS));
  }

  String shown() {
    return shown;
  }

  /** @param dispatch runs consumer callbacks (one task stream per channel) */
  Connection connect(String name, ExecutorService dispatch) {
    try {
      return factory.newConnection(dispatch, name);
    } catch (IOException | TimeoutException e) {
      throw new BusUnavailableException("RabbitMQ at " + shown + " is not reachable: " + rootMessage(e), e);
    }
  }

  static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return BusSettings.mask(message);
  }
}
