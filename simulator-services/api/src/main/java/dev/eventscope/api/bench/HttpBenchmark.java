package dev.eventscope.api.bench;

import dev.eventscope.api.ApiServer;
import dev.eventscope.api.ApiSettings;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.bench.BenchResult;
import dev.eventscope.services.orders.OrdersContext;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * The {@code http} workload: PlaceOrder sent over HTTP ({@code POST /api/commands/PlaceOrder}) to a
 * real {@link ApiServer} on a free loopback port, over the orders context on the in-memory store
 * and bus, by {@code connections} client threads on the JDK's HttpClient (HTTP/1.1, keep-alive,
 * so one connection each); next to it the same commands through the mediator in the same process
 * by as many threads. The two lanes take turns (a fifth of the commands each), so a neighbour's
 * burst on a shared machine hits both alike.
 */
public final class HttpBenchmark {
  private static final int TURNS = 5;
  private static final String SOURCE = "bench";
  private static final List<OrderLine> LINES = List.of(new OrderLine("SKU-001", 2, 1_250), new OrderLine("SKU-002", 1, 990));

  private HttpBenchmark() {}

  public static HttpBenchResult run(HttpBenchConfig config) {
    SystemSettings settings = SystemSettings.of("memory", null, "memory");
    ExecutorService clients = Executors.newFixedThreadPool(config.connections());
    try (EventSystem system = OrderFulfilmentSystem.startWith(settings, List.of(new OrdersContext()));
        ApiServer server = ApiServer.start(system, ApiSettings.loopback(0))) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
      URI placeOrder = URI.create(server.url() + "/api/commands/PlaceOrder");
      Lane overHttp = () -> {
        HttpRequest request = HttpRequest.newBuilder(placeOrder).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(UUID.randomUUID()))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("PlaceOrder over HTTP answered " + response.statusCode() + ": " + response.body());
        }
      };
      Mediator mediator = system.mediator();
      Lane inProcess = () -> mediator.send(new PlaceOrder(UUID.randomUUID(), "customer-1", LINES, null), SOURCE);
      ConcurrentHistogram httpLatency = new ConcurrentHistogram(3);
      ConcurrentHistogram inProcessLatency = new ConcurrentHistogram(3);
      drive(clients, config.connections(), config.warmup(), overHttp, new ConcurrentHistogram(3));
      drive(clients, config.connections(), config.warmup(), inProcess, new ConcurrentHistogram(3));
      long httpNanos = 0;
      long inProcessNanos = 0;
      int turn = (config.commands() + TURNS - 1) / TURNS;
      for (int done = 0; done < config.commands(); done += turn) {
        int slice = Math.min(turn, config.commands() - done);
        httpNanos += drive(clients, config.connections(), slice, overHttp, httpLatency);
        inProcessNanos += drive(clients, config.connections(), slice, inProcess, inProcessLatency);
      }
      double overHttpPerSecond = config.commands() / (httpNanos / 1e9);
      double inProcessPerSecond = config.commands() / (inProcessNanos / 1e9);
      return new HttpBenchResult(HttpBenchConfig.HTTP, "memory", "memory", config.connections(), config.commands(), config.warmup(),
          round(overHttpPerSecond), round(inProcessPerSecond), Math.round((double) inProcessNanos / httpNanos * 1000.0) / 1000.0,
          latency(httpLatency), latency(inProcessLatency));
    } finally {
      clients.shutdownNow();
    }
  }

  /** The PlaceOrder payload as a client writes it. */
  static String body(UUID orderId) {
    return "{\"orderId\":\"" + orderId + "\",\"customerId\":\"customer-1\",\"lines\":["
        + "{\"sku\":\"SKU-001\",\"quantity\":2,\"unitPriceCents\":1250},{\"sku\":\"SKU-002\",\"quantity\":1,\"unitPriceCents\":990}]}";
  }

  @FunctionalInterface
  private interface Lane {
    void send() throws IOException, InterruptedException;
  }

  /** {@code commands} sends by {@code threads} threads at once; answers the nanoseconds from the first to the last answer. */
  private static long drive(ExecutorService pool, int threads, int commands, Lane lane, ConcurrentHistogram latency) {
    AtomicInteger next = new AtomicInteger();
    long started = System.nanoTime();
    List<Future<Object>> workers = java.util.stream.IntStream.range(0, threads).mapToObj(t -> pool.submit(() -> {
      while (next.getAndIncrement() < commands) {
        long sent = System.nanoTime();
        lane.send();
        latency.recordValue(Math.max(1, (System.nanoTime() - sent) / 1_000));
      }
      return (Object) null;
    })).toList();
    for (Future<Object> worker : workers) {
      try {
        worker.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("the http workload failed: " + e.getCause().getMessage(), e.getCause());
      }
    }
    return System.nanoTime() - started;
  }

  private static BenchResult.LatencyUs latency(ConcurrentHistogram histogram) {
    return new BenchResult.LatencyUs(histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(99));
  }

  private static double round(double value) {
    return Math.round(value * 10.0) / 10.0;
  }
}
