package dev.eventscope.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * Where the API listens and the bearer token it asks for ({@code null}: none). Without a token the
 * API only binds a loopback address: anyone who can reach it can send commands.
 */
public record ApiSettings(String bind, int port, String token) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  public ApiSettings {
    if (bind == null || bind.isBlank()) bind = LOOPBACK;
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("port " + port + " is out of range 0..65535");
    if (token != null && token.isBlank()) throw new IllegalArgumentException("the token is empty");
  }

  public static ApiSettings loopback(int port) {
    return new ApiSettings(LOOPBACK, port, null);
  }

  /**
   * Checks the bind address resolves and is loopback unless a token is set.
   *
   * @throws IllegalArgumentException with a one-line reason to show the user
   */
  public void validate() {
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve bind address '" + bind + "'");
    }
    if (!address.isLoopbackAddress() && token == null) {
      throw new IllegalArgumentException("refusing to bind " + bind + " (not loopback) without a token: "
          + "anyone who can reach it could send commands; give --token-file FILE, or bind 127.0.0.1");
    }
  }

  byte[] tokenBytes() {
    return token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    // Never print the token (settings end up in logs).
    return "ApiSettings[bind=" + bind + ", port=" + port + ", token=" + (token == null ? "none" : "***") + "]";
  }
}
