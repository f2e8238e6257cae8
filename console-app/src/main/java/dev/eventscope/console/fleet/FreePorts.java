package dev.eventscope.console.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Free TCP ports on 127.0.0.1. The sockets stay open until all are picked, so the ports are
 * distinct; another program may still take one before the child binds it (the child then fails
 * and says so in its log).
 */
public final class FreePorts {
  private FreePorts() {}

  public static List<Integer> pick(int count) {
    List<ServerSocket> held = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(socket);
        ports.add(socket.getLocalPort());
      }
      return List.copyOf(ports);
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    } finally {
      for (ServerSocket socket : held) {
        try {
          socket.close();
        } catch (IOException e) {
          // Closing a listening socket we opened; nothing to do.
        }
      }
    }
  }

  public static int pick() {
    return pick(1).get(0);
  }
}
