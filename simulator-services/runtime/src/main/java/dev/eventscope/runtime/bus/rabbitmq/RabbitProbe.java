package dev.eventscope.runtime.bus.rabbitmq;

import com.rabbitmq.client.Connection;
import dev.eventscope.runtime.bus.BusUnavailableException;
import java.io.IOException;
import java.time.Duration;

/**
 * Opens and closes one connection, reading the URI exactly as the bus does (a bare trailing "/"
 * is the default vhost): a settings screen's "Test" that agrees with what the bus will do.
 */
public final class RabbitProbe {
  private RabbitProbe() {}

  /**
   * @throws BusUnavailableException when the broker cannot be reached or refuses the login
   * @throws IllegalArgumentException when the URI is not an AMQP URI
   */
  public static void check(String uri, Duration timeout) {
    RabbitEndpoint endpoint = new RabbitEndpoint(uri, timeout);
    try (Connection ignored = endpoint.connect("eventscope-connection-test", null)) {
      // Opening it was the test.
    } catch (IOException e) {
      throw new BusUnavailableException("RabbitMQ at " + endpoint.shown() + " did not close cleanly: " + e.getMessage(), e);
    }
  }
}
