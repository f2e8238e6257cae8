package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.services.fleet.FleetState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** fleet up/status/down where nothing needs to start: bad flags, no fleet, a fleet already running. */
class FleetCommandTest {
  @TempDir Path home;
  private Process sleeping;

  @AfterEach
  void stopSleep() {
    if (sleeping != null) sleeping.destroyForcibly();
  }

  private String data() {
    return home.resolve("data").toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "--bus memory | --bus expects kafka or rabbitmq or redis, got 'memory'",
    "--bus pigeon | --bus expects kafka or rabbitmq or redis",
    "--scale inventory | --scale expects SERVICE=N",
    "--scale inventory=0 | --scale inventory=0: N must be from 1 to 16",
    "--scale warehouse=2 | unknown service 'warehouse'",
    "--timeout soon | --timeout",
    "--timeout 0s | --timeout must be longer than 0",
  })
  void a_bad_flag_is_one_line_and_exit_2_and_nothing_starts(String args, String expected) {
    CliRun cli = new CliRun(home);
    List<String> all = new java.util.ArrayList<>(List.of("fleet", "up", "--data", data()));
    all.addAll(List.of(args.split(" ")));
    int exit = cli.run(all.toArray(String[]::new));
    assertThat(exit).as(cli.err()).isEqualTo(Cli.USAGE);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.errLines()).singleElement().asString().startsWith("eventscope: ").contains(expected).doesNotContain("Exception");
    assertThat(home.resolve("data").resolve(FleetState.FILE_NAME)).doesNotExist();
  }

  @Test
  void status_without_a_fleet_says_how_to_start_one_and_exits_1() {
    CliRun cli = new CliRun(home);
    assertThat(cli.run("fleet", "status", "--data", data())).isEqualTo(Cli.CHECK_FAILED);
    assertThat(cli.errLines()).containsExactly("eventscope: no fleet in " + data() + ": start one with eventscope fleet up");
  }

  @Test
  void down_without_a_fleet_has_nothing_to_stop_and_exits_0() {
    CliRun cli = new CliRun(home);
    assertThat(cli.run("fleet", "down", "--data", data())).isEqualTo(Cli.OK);
    assertThat(cli.out().strip()).isEqualTo("no fleet in " + data() + ": nothing to stop");
  }

  @Test
  void up_is_refused_while_the_state_file_names_a_live_process() throws Exception {
    sleeping = new ProcessBuilder("sleep", "60").start();
    new FleetState("redis", "redis://127.0.0.1:6379", FleetState.MONGODB, "mongodb://127.0.0.1:1/eventscope", List.of(),
        List.of(new FleetState.ServiceProcess("orders", sleeping.pid(), 1, "http://127.0.0.1:1", "orders-1.log")))
        .write(FleetState.file(Path.of(data())));
    CliRun cli = new CliRun(home);
    assertThat(cli.run("fleet", "up", "--data", data())).isEqualTo(Cli.USAGE);
    assertThat(cli.errLines()).containsExactly(
        "eventscope: a fleet is already running in " + data() + ": eventscope fleet status / fleet down");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void an_unreachable_local_broker_is_named_before_anything_starts() {
    CliRun cli = new CliRun(home).env("EVENTSCOPE_REDIS_URI", "redis://127.0.0.1:1");
    assertThat(cli.run("fleet", "up", "--data", data(), "--bus", "redis")).isEqualTo(Cli.USAGE);
    assertThat(cli.errLines()).singleElement().asString()
        .startsWith("eventscope: redis at redis://127.0.0.1:1 is not reachable").contains("EVENTSCOPE_REDIS_URI");
    assertThat(cli.out()).isEmpty();
    assertThat(home.resolve("data").resolve(FleetState.FILE_NAME)).doesNotExist();
  }

  @Test
  void an_unreadable_state_file_is_named() throws Exception {
    java.nio.file.Files.createDirectories(Path.of(data()));
    java.nio.file.Files.writeString(FleetState.file(Path.of(data())), "{not json");
    CliRun cli = new CliRun(home);
    assertThat(cli.run("fleet", "status", "--data", data())).isEqualTo(Cli.USAGE);
    assertThat(cli.errLines()).singleElement().asString().contains("fleet.json").contains("remove it if no fleet is running");
  }
}
