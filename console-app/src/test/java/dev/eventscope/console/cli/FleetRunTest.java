package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.services.fleet.FleetService;
import dev.eventscope.services.fleet.FleetState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet under load: five service processes plus a second inventory process (sharing the
 * stock items' streams) and a second notifications process (sharing the inbox consumer group) on
 * Kafka, each service its own embedded store; 5,000 orders go through while the orders process is
 * killed (SIGKILL) and started again; every store ends consistent, nothing is lost or applied
 * twice, and the orders process — which a console attaches to — traces the hops of every service.
 * The run is the kafka row "consumer process killed" of {@code benchmarks/RELIABILITY.md}, so it
 * runs in the reliability profile.
 */
@Tag("reliability")
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
    KilledProcessRun.Outcome outcome = KilledProcessRun.run(tempDir, data(), new KilledProcessRun.Plan("kafka",
        List.of("--scale", "inventory=2", "--scale", "notifications=2"), ORDERS, 25, FleetService.ORDERS, Duration.ofSeconds(40)));
    assertThat(outcome.before().processes()).extracting(FleetState.ServiceProcess::service)
        .containsExactly("orders", "inventory", "inventory", "payments", "shipping", "notifications", "notifications");
    KilledProcessRun.assertRecovered(outcome);

    String api = outcome.restarted().processes().get(0).api();
    String correlation = lastConfirmedOrder(api);
    String trace = get(api + "/api/traces/" + correlation);
    assertThat(trace).as("the orders process traces the hops of every service")
        .contains("\"to\":\"handler:ReserveStock\"", "\"to\":\"handler:AuthorizePayment\"", "\"to\":\"handler:ScheduleShipment\"",
            "\"to\":\"inbox:notifications\"", "\"to\":\"inbox:orders\"");

    for (FleetState.ServiceProcess notifier : outcome.restarted().processesOf(FleetService.NOTIFICATIONS)) {
      assertThat(counter(notifier.api(), "eventscope_inbox_received_total"))
          .as("both notifications processes take a share of the inbox consumer group").isPositive();
    }

    FleetChildren.fleet(tempDir, data(), "down");
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
}
