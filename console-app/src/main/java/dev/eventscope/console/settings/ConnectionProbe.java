package dev.eventscope.console.settings;

import java.time.Duration;

/** Tries one connection for real and returns normally when it answered; throws why it did not. */
@FunctionalInterface
public interface ConnectionProbe {
  void check(Connection connection, String address, Duration timeout) throws Exception;
}
