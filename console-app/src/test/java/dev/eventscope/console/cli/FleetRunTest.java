package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.console.fleet.Pids;
import dev.eventscope.services.fleet.FleetService;
import dev.eventscope.services.fleet.FleetState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet under load: five service processes plus a second inventory process (sharing the
 * stock items' streams) and a second notifications process (sharing the inbox consumer group) on
 * Kafka, each service its own embedded store; 5,000 orders go through while the orders process is
 * killed (SIGKILL) and started again; every store ends consistent, nothing is lost or applied
 * twice, and the orders process — which a console attaches to — traces the hops of every service.
 */
class FleetRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ORDERS = 5_000;

  @TempDir Path tempDir;

  private Path data() {
    return tempDir.resolve("data");
  }

  @AfterEach
  void killLeftovers() {
    FleetChildren.killLeftovers(data());
  }

  @Test
  void five_thousand_orders_across_seven_processes_survive_a_killed_service_with_every_store_consistent() throws Exception {
    fleet("up", "--store", "embedded", "--scale", "inventory=2", "--scale", "notifications=2");
    FleetState state = FleetState.read(FleetState.file(data())).orElseThrow();
    assertThat(state.processes()).extracting(FleetState.ServiceProcess::service)
        .containsExactly("orders", "inventory", "inventory", "payments", "shipping", "notifications", "notifications");
    FleetState.ServiceProcess orders = state.processes().get(0);

    Path report = tempDir.resolve("report.json");
    CliRun simulate = new CliRun(tempDir.resolve("home"));
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> simulate.run("simulate", "--fleet", "--data", data().toString(),
        "--orders", String.valueOf(ORDERS), "--rate", "25", "--payment-decline-rate", "0.1", "--stock-shortage-rate", "0.05",
        "--report", report.toString()));
    Thread.sleep(40_000);
    assertThat(run).as("the run is still going when the orders process is killed").isNotDone();
    ProcessHandle killed = Pids.handle(orders.pid()).orElseThrow();
    killed.destroyForcibly();
    killed.onExit().get(30, TimeUnit.SECONDS);
    fleet("up");
    FleetState restarted = FleetState.read(FleetState.file(data())).orElseThrow();
    assertThat(restarted.processes().get(0).pid()).isNotEqualTo(orders.pid());

    assertThat(run.get(15, TimeUnit.MINUTES)).as(simulate.out() + simulate.err()).isZero();
    JsonNode result = JSON.readTree(report.toFile());
    assertThat(result.path("consistency").path("ok").asBoolean()).as(result.path("consistency").toString()).isTrue();
    assertThat(result.path("events").path("lost").asLong()).isZero();
    assertThat(result.path("events").path("appliedTwice").asLong()).isZero();
    assertThat(result.path("orders").path("pending").asLong()).isZero();
    assertThat(result.path("orders").path("confirmed").asLong()).isPositive();
    assertThat(result.path("orders").path("rejected").asLong()).isPositive();

    String correlation = lastConfirmedOrder(orders.api());
    String trace = get(orders.api() + "/api/traces/" + correlation);
    assertThat(trace).as("the orders process traces the hops of every service")
        .contains("\"to\":\"handler:ReserveStock\"", "\"to\":\"handler:AuthorizePayment\"", "\"to\":\"handler:ScheduleShipment\"",
            "\"to\":\"inbox:notifications\"", "\"to\":\"inbox:orders\"");

    for (FleetState.ServiceProcess notifier : restarted.processesOf(FleetService.NOTIFICATIONS)) {
      assertThat(counter(notifier.api(), "eventscope_inbox_received_total"))
          .as("both notifications processes take a share of the inbox consumer group").isPositive();
    }

    fleet("down");
    assertThat(FleetState.file(data())).doesNotExist();
  }

  /** One counter of a process's {@code /metrics}. */
  private static long counter(String api, String name) throws Exception {
    return get(api + "/metrics").lines().filter(line -> line.startsWith(name + " "))
        .mapToLong(line -> (long) Double.parseDouble(line.substring(name.length() + 1).strip())).sum();
  }

  /** The correlation id of the newest order the orders process confirmed (its flow touched every service). */
  private static String lastConfirmedOrder(String api) throws Exception {
    JsonNode page = JSON.readTree(get(api + "/api/events?type=OrderConfirmed&limit=1000&after=0"));
    String correlation = null;
    long next = 0;
    while (page.path("events").size() > 0) {
      for (JsonNode event : page.path("events")) correlation = event.path("correlationId").asText();
      next = page.path("next").asLong();
      if (!page.path("more").asBoolean()) break;
      page = JSON.readTree(get(api + "/api/events?type=OrderConfirmed&limit=1000&after=" + next));
    }
    assertThat(correlation).as("an OrderConfirmed in the orders store").isNotNull();
    return correlation;
  }

  private static String get(String url) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  /** {@code eventscope fleet <args> --data …} in a JVM of its own (the fleet outlives it), which must succeed. */
  private void fleet(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("fleet"));
    command.addAll(List.of(args));
    command.addAll(List.of("--data", data().toString()));
    Path log = tempDir.resolve("fleet-" + args[0] + ".log");
    Process process = FleetChildren.start(tempDir, log, command);
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("fleet %s returned", args[0]).isTrue();
    assertThat(process.exitValue()).as("fleet %s: %s", args[0], Files.readString(log)).isZero();
  }
}
