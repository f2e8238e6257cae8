package dev.eventscope.console.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Waits until children are ready: a sandbox when its log shows the line it prints once it serves,
 * a service when {@code GET /health} answers 200. A child that dies or runs out of time is a
 * {@link FleetStartFailure} naming it.
 */
public final class Readiness {
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

  /** A started service process and where to ask whether it is ready. */
  public record Service(String name, ProcessHandle process, String api, Path log) {}

  private Readiness() {}

  /** The first line of {@code log} that starts with {@code prefix}, once the child has written it. */
  public static String awaitLine(String name, ProcessHandle process, Path log, String prefix, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<String> line = LogTail.firstStartingWith(log, prefix);
      if (line.isPresent()) return line.get();
      if (!process.isAlive()) throw new FleetStartFailure(name, "exited before it was ready", log);
      if (System.nanoTime() > deadline) {
        throw new FleetStartFailure(name, "was not ready after " + timeout.toSeconds() + " s (no '" + prefix.strip() + "' line)", log);
      }
      sleep();
    }
  }

  /** Returns when every service answers {@code GET /health} with 200; reports each as it gets ready. */
  public static void awaitHealthy(List<Service> services, Duration timeout, Consumer<Service> ready) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    List<Service> waiting = new ArrayList<>(services);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!waiting.isEmpty()) {
      for (Service service : List.copyOf(waiting)) {
        if (healthy(http, service.api())) {
          waiting.remove(service);
          ready.accept(service);
        } else if (!service.process().isAlive()) {
          throw new FleetStartFailure(service.name(), "exited before it was ready", service.log());
        }
      }
      if (waiting.isEmpty()) return;
      if (System.nanoTime() > deadline) {
        Service first = waiting.get(0);
        throw new FleetStartFailure(first.name(), "did not answer 200 on " + first.api() + "/health within "
            + timeout.toSeconds() + " s", first.log());
      }
      sleep();
    }
  }

  static boolean healthy(HttpClient http, String api) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/health")).timeout(REQUEST_TIMEOUT).GET().build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FleetStartFailure("fleet up", "was interrupted", null);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FleetStartFailure("fleet up", "was interrupted", null);
    }
  }
}
