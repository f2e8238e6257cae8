package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.fleet.Pids;
import dev.eventscope.services.fleet.FleetState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: {@code fleet up} in a JVM of its own (so the fleet must outlive it), a Kafka and
 * a MongoDB sandbox and one process per service; {@code fleet status} lists them all running with
 * a /health that answers; a few orders go through with every store consistent; {@code fleet down}
 * stops every one and removes the state file. Whatever
 * happens, the test kills what the state file or the data path names.
 */
class FleetUpDownTest {
  @TempDir Path tempDir;

  private Path data() {
    return tempDir.resolve("data");
  }

  @AfterEach
  void killLeftovers() {
    FleetChildren.killLeftovers(data());
  }

  @Test
  void up_starts_a_process_per_service_status_lists_them_down_stops_them_all() throws Exception {
    Process up = child("fleet", "up", "--data", data().toString());
    assertThat(up.waitFor(150, TimeUnit.SECONDS)).as("fleet up returned: %s", upOutput()).isTrue();
    assertThat(up.exitValue()).as(upOutput()).isZero();
    assertThat(upOutput()).contains("the fleet is up", "eventscope fleet down");

    FleetState state = FleetState.read(FleetState.file(data())).orElseThrow();
    assertThat(state.processes()).extracting(FleetState.ServiceProcess::service)
        .containsExactly("orders", "inventory", "payments", "shipping", "notifications");
    assertThat(state.sandboxes()).as(upOutput()).extracting(FleetState.Sandbox::name).containsExactly("kafka", "mongo");

    CliRun status = new CliRun(tempDir.resolve("home"));
    assertThat(status.run("fleet", "status", "--data", data().toString())).as(status.err()).isZero();
    List<String> lines = status.out().lines().toList();
    assertThat(lines).hasSize(7);
    for (FleetState.ServiceProcess process : state.processes()) {
      assertThat(lines).contains(process.service() + " running pid=" + process.pid() + " api=http://127.0.0.1:" + process.port());
      assertThat(health(process.api())).as(process.service()).isEqualTo(200);
    }
    assertThat(lines).anyMatch(line -> line.startsWith("kafka running pid=")).anyMatch(line -> line.startsWith("mongo running pid="));

    CliRun simulate = new CliRun(tempDir.resolve("home"));
    assertThat(simulate.run("simulate", "--fleet", "--data", data().toString(), "--orders", "60", "--payment-decline-rate", "0.2"))
        .as(simulate.out() + simulate.err()).isZero();
    assertThat(simulate.out()).contains("consistency  ok", "pending 0", "lost 0, applied twice 0");

    CliRun down = new CliRun(tempDir.resolve("home"));
    assertThat(down.run("fleet", "down", "--data", data().toString())).as(down.err()).isZero();
    assertThat(down.out()).contains("stopped orders pid=", "stopped kafka pid=", "stopped mongo pid=", "removed ");
    assertThat(FleetState.file(data())).doesNotExist();
    assertThat(Stream.concat(state.processes().stream().map(FleetState.ServiceProcess::pid), state.sandboxes().stream().map(FleetState.Sandbox::pid)))
        .noneMatch(Pids::alive);
  }

  private static int health(String api) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    return http.send(HttpRequest.newBuilder(URI.create(api + "/health")).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** {@code eventscope <args>} in a JVM of its own, with its logs and settings under the test's folder. */
  private Process child(String... args) throws Exception {
    return FleetChildren.start(tempDir, tempDir.resolve("up.log"), List.of(args));
  }

  private String upOutput() {
    try {
      return Files.readString(tempDir.resolve("up.log"));
    } catch (java.io.IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
