package dev.eventscope.console.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a served system answers, and the bearer token it wants (nullable). {@link #toString} and
 * {@link #address} never show the token, so the server can be logged and shown as it is.
 */
public record RemoteServer(URI base, String token) {
  public RemoteServer {
    if (base == null) throw new IllegalArgumentException("the server address is missing");
  }

  /**
   * {@code http://host:port} (a path after it is ignored, a missing scheme means http).
   *
   * @throws IllegalArgumentException when it is not an http(s) address with a host
   */
  public static RemoteServer parse(String address, String token) {
    String text = address == null ? "" : address.strip();
    if (!text.contains("://")) text = "http://" + text;
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + address + "' is not an address like http://127.0.0.1:8080");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("'" + address + "' is not an address like http://127.0.0.1:8080");
    }
    if (uri.getUserInfo() != null) throw new IllegalArgumentException("put the token in --token-file, not in the address");
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String stripped = token == null || token.isBlank() ? null : token.strip();
    return new RemoteServer(URI.create(scheme + "://" + hostOf(uri) + port), stripped);
  }

  private static String hostOf(URI uri) {
    String host = uri.getHost();
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** {@code http://host:port}, as the user sees it. */
  public String address() {
    String text = base.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** The address of {@code path} (starting with a slash) on this server. */
  public URI uri(String path) {
    return URI.create(address() + path);
  }

  /** The WebSocket address of {@code path}: ws for http, wss for https. */
  public URI socket(String path) {
    return URI.create(address().replaceFirst("^http", "ws") + path);
  }

  @Override
  public String toString() {
    return address() + (token == null ? "" : " (with a token)");
  }
}
