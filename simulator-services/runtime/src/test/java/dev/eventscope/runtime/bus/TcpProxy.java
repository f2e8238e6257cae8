package dev.eventscope.runtime.bus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay in front of a shared broker, so a test can take the broker away from one
 * client (cut every connection, refuse new ones) and bring it back, without stopping the broker
 * other tests and people use.
 */
public final class TcpProxy implements AutoCloseable {
  private final int port;
  private final String targetHost;
  private final int targetPort;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;

  public TcpProxy(String targetHost, int targetPort) {
    this.port = BusFixtures.unusedPort();
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    restore();
  }

  public int port() {
    return port;
  }

  /** The broker is gone: every connection through here drops, new ones are refused. */
  public void cut() {
    closeQuietly(server);
    server = null;
    dropConnections();
  }

  /** A network blip: every connection through here drops; new ones get through. */
  public void dropConnections() {
    for (Socket socket : open) closeQuietly(socket);
    open.clear();
  }

  /** The broker is back. */
  public void restore() {
    try {
      ServerSocket listening = new ServerSocket();
      listening.setReuseAddress(true);
      listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      server = listening;
      Thread acceptor = new Thread(() -> accept(listening), "tcp-proxy-" + port);
      acceptor.setDaemon(true);
      acceptor.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on " + port, e);
    }
  }

  private void accept(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        Socket upstream = new Socket(targetHost, targetPort);
        // Without it Nagle and delayed acknowledgements add ~40 ms to every confirm round trip.
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        open.add(client);
        open.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16_384];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // One side went away; the other follows.
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "tcp-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) return;
    try {
      closeable.close();
    } catch (Exception ignored) {
      // Already closed.
    }
  }

  @Override
  public void close() {
    cut();
  }
}
