package dev.eventscope.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.services.fleet.FleetState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** fleet status's lines, with real processes: a {@code sleep} that runs and one that has ended. */
class FleetStatusLinesTest {
  private Process running;

  @AfterEach
  void stopSleep() {
    if (running != null) running.destroyForcibly();
  }

  @Test
  void a_running_pid_says_running_an_ended_one_says_stopped() throws Exception {
    running = new ProcessBuilder("sleep", "60").start();
    Process ended = new ProcessBuilder("true").start();
    assertThat(ended.waitFor(10, TimeUnit.SECONDS)).isTrue();
    FleetState state = new FleetState("kafka", "127.0.0.1:39092", FleetState.MONGODB, "mongodb://127.0.0.1:37017/eventscope",
        List.of(new FleetState.Sandbox("kafka", running.pid(), "127.0.0.1:39092"),
            new FleetState.Sandbox("mongo", ended.pid(), "mongodb://127.0.0.1:37017/eventscope")),
        List.of(new FleetState.ServiceProcess("orders", running.pid(), 40_001, "http://127.0.0.1:40001", "orders-1.log"),
            new FleetState.ServiceProcess("inventory", ended.pid(), 40_002, "http://127.0.0.1:40002", "inventory-1.log"),
            new FleetState.ServiceProcess("inventory", 0, 40_003, "http://127.0.0.1:40003", "inventory-2.log")));

    assertThat(FleetStatusLines.of(state)).containsExactly(
        "orders running pid=" + running.pid() + " api=http://127.0.0.1:40001",
        "inventory stopped pid=" + ended.pid() + " api=http://127.0.0.1:40002",
        "inventory stopped pid=0 api=http://127.0.0.1:40003",
        "kafka running pid=" + running.pid() + " address=127.0.0.1:39092",
        "mongo stopped pid=" + ended.pid() + " address=mongodb://127.0.0.1:37017/eventscope");
    assertThat(FleetStatusLines.anyAlive(state, Pids::alive)).isTrue();
  }

  @Test
  void stopping_a_process_asks_first_and_reports_how_it_ended() throws Exception {
    running = new ProcessBuilder("sleep", "60").start();
    assertThat(ProcessStopper.stop(running.pid(), Duration.ofSeconds(10))).isEqualTo(ProcessStopper.Outcome.STOPPED);
    assertThat(running.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(ProcessStopper.stop(running.pid(), Duration.ofSeconds(1))).isEqualTo(ProcessStopper.Outcome.NOT_RUNNING);
  }

  @Test
  void teardown_leaves_alone_a_pid_that_no_longer_runs_eventscope() throws Exception {
    running = new ProcessBuilder("sleep", "60").start();
    FleetState state = new FleetState("redis", "redis://127.0.0.1:6379", FleetState.MONGODB, "mongodb://127.0.0.1:1/e", List.of(),
        List.of(new FleetState.ServiceProcess("orders", running.pid(), 1, "http://127.0.0.1:1", "orders-1.log")));
    List<FleetTeardown.Stopped> stopped = new FleetTeardown("dev.eventscope.console.Launcher", Duration.ofSeconds(1)).stop(state, s -> { });
    assertThat(stopped).extracting(FleetTeardown.Stopped::outcome).containsExactly(ProcessStopper.Outcome.NOT_RUNNING);
    assertThat(running.isAlive()).as("a reused pid is not ours to stop").isTrue();
  }
}
