package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.console.fleet.Pids;
import dev.eventscope.services.fleet.FleetService;
import dev.eventscope.services.fleet.FleetState;
import dev.eventscope.services.reliability.ReliabilityRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fleet run with one service process killed (SIGKILL) mid-load: {@code fleet up}, {@code simulate
 * --fleet} in the background, the kill, {@code fleet up} again (it restarts what stopped), the
 * run's end; then the run's reliability row from its report and the fleet's stores.
 */
final class KilledProcessRun {
  private static final Logger LOG = LoggerFactory.getLogger(KilledProcessRun.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What to run: the bus, the extra {@code fleet up} options, the load, whom to kill and when. */
  record Plan(String bus, List<String> upOptions, int orders, double rate, FleetService victim, Duration killAfter) {}

  /** What came of it: the simulate report, the fleet before and after the kill, and the row. */
  record Outcome(JsonNode report, FleetState before, FleetState restarted, long killedPid, ReliabilityRow row) {}

  private KilledProcessRun() {}

  static Outcome run(Path tempDir, Path data, Plan plan) throws Exception {
    List<String> up = new ArrayList<>(List.of("up", "--bus", plan.bus(), "--store", "embedded"));
    up.addAll(plan.upOptions());
    FleetChildren.fleet(tempDir, data, up.toArray(String[]::new));
    FleetState before = FleetState.read(FleetState.file(data)).orElseThrow();
    FleetState.ServiceProcess victim = before.processesOf(plan.victim()).get(0);

    Path report = tempDir.resolve("report.json");
    CliRun simulate = new CliRun(tempDir.resolve("home"));
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> simulate.run("simulate", "--fleet", "--data", data.toString(),
        "--orders", String.valueOf(plan.orders()), "--rate", String.valueOf(plan.rate()), "--payment-decline-rate", "0.1",
        "--stock-shortage-rate", "0.05", "--report", report.toString()));
    Thread.sleep(plan.killAfter().toMillis());
    assertThat(run).as("the run is still going when the %s process is killed", plan.victim().serviceName()).isNotDone();
    ProcessHandle killed = Pids.handle(victim.pid()).orElseThrow();
    killed.destroyForcibly();
    killed.onExit().get(30, TimeUnit.SECONDS);
    LOG.info("killed {} (pid {}) on {}; restarting it with fleet up", plan.victim().serviceName(), victim.pid(), plan.bus());
    FleetChildren.fleet(tempDir, data, "up");
    Instant restarted = Instant.now();
    FleetState after = FleetState.read(FleetState.file(data)).orElseThrow();

    assertThat(run.get(15, TimeUnit.MINUTES)).as(simulate.out() + simulate.err()).isZero();
    JsonNode result = JSON.readTree(report.toFile());
    FleetRunFigures figures = FleetRunFigures.of(after, data, restarted);
    ReliabilityRow row = new ReliabilityRow(plan.bus(), fault(plan.victim()), placed(result), figures.events(),
        result.path("events").path("lost").asLong(), result.path("events").path("appliedTwice").asLong(), figures.recoverySeconds());
    LOG.info("{}: {}; redeliveries the inboxes suppressed (the killed process's count lost with it): {}", plan.bus(), row,
        result.path("events").path("duplicatesSuppressed").asLong());
    ReliabilityRows.record(row);
    return new Outcome(result, before, after, victim.pid(), row);
  }

  /**
   * The row's fault. Every service process consumes from the bus (its inbox of the other services'
   * events): a kill at an arbitrary moment leaves deliveries applied but not yet acknowledged,
   * which the bus brings again after the restart (the inbox must not apply them twice).
   */
  static String fault(FleetService victim) {
    return "consumer process (" + victim.serviceName() + ") killed (SIGKILL) mid-load, restarted";
  }

  private static long placed(JsonNode report) {
    JsonNode orders = report.path("orders");
    return orders.path("confirmed").asLong() + orders.path("rejected").asLong() + orders.path("cancelled").asLong()
        + orders.path("pending").asLong();
  }

  /** The checks every killed-process run must pass. */
  static void assertRecovered(Outcome outcome) {
    JsonNode result = outcome.report();
    assertThat(outcome.restarted().processes()).extracting(FleetState.ServiceProcess::pid).doesNotContain(outcome.killedPid());
    assertThat(result.path("consistency").path("ok").asBoolean()).as(result.path("consistency").toString()).isTrue();
    assertThat(outcome.row().lost()).as("events a service never received").isZero();
    assertThat(outcome.row().duplicated()).as("events a service holds twice").isZero();
    assertThat(result.path("orders").path("pending").asLong()).as("orders never final").isZero();
    assertThat(result.path("orders").path("confirmed").asLong()).isPositive();
    assertThat(result.path("orders").path("rejected").asLong()).isPositive();
    assertThat(outcome.row().eventsChecked()).as("events checked across the stores").isGreaterThan(outcome.row().load());
  }
}
