package dev.eventscope.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.services.fleet.FleetState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file as fleet up fills it in: what is written is what is read, and never half of it. */
class FleetStateFileTest {
  @TempDir Path data;

  static FleetState fleet(int services) {
    List<FleetState.ServiceProcess> processes = new ArrayList<>();
    for (int i = 0; i < services; i++) {
      processes.add(new FleetState.ServiceProcess("inventory", 1000 + i, 40_000 + i, "http://127.0.0.1:" + (40_000 + i),
          "/tmp/fleet-logs/inventory-" + (i + 1) + ".log"));
    }
    return new FleetState("kafka", "127.0.0.1:39092", FleetState.MONGODB, "mongodb://127.0.0.1:37017/eventscope",
        List.of(new FleetState.Sandbox("kafka", 900, "127.0.0.1:39092"), new FleetState.Sandbox("mongo", 901, "mongodb://127.0.0.1:37017/eventscope")),
        processes);
  }

  @Test
  void what_is_written_is_read_back_and_no_partial_file_stays() throws Exception {
    FleetFolder folder = new FleetFolder(data.resolve("nested"));
    FleetState written = fleet(3);
    written.write(folder.stateFile());
    assertThat(FleetState.read(folder.stateFile())).contains(written);
    try (var files = Files.list(folder.data())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("fleet.json");
    }
  }

  @Test
  void the_bus_prefix_is_kept_through_every_change_and_an_older_file_without_it_reads_as_the_default() throws Exception {
    FleetState named = new FleetState("redis", "redis://127.0.0.1:6379", FleetState.EMBEDDED, null, List.of(), List.of(), "shop-a");
    FleetState launched = FleetStates.withPid(FleetStates.withProcesses(named, fleet(1).processes()), 0, 77);
    launched.write(new FleetFolder(data).stateFile());
    assertThat(FleetState.read(new FleetFolder(data).stateFile()).orElseThrow().busPrefix()).isEqualTo("shop-a");

    Path older = data.resolve("older.json");
    Files.writeString(older, "{\"bus\":\"redis\",\"brokerAddress\":\"redis://127.0.0.1:6379\",\"store\":\"embedded\","
        + "\"sandboxes\":[],\"processes\":[]}");
    assertThat(FleetState.read(older).orElseThrow().busPrefix()).isNull();
  }

  @Test
  void no_file_is_no_fleet() {
    assertThat(FleetState.read(new FleetFolder(data).stateFile())).isEmpty();
  }

  @Test
  void the_pids_filled_in_after_launch_replace_the_planned_zeros() {
    FleetState planned = FleetStates.withProcesses(fleet(0), List.of(
        new FleetState.ServiceProcess("orders", 0, 40_001, "http://127.0.0.1:40001", "orders-1.log"),
        new FleetState.ServiceProcess("inventory", 0, 40_002, "http://127.0.0.1:40002", "inventory-1.log")));
    FleetState launched = FleetStates.withPid(planned, 1, 4242);
    assertThat(launched.processes()).extracting(FleetState.ServiceProcess::pid).containsExactly(0L, 4242L);
    assertThat(FleetStates.withSandbox(launched, new FleetState.Sandbox("kafka", 7, "127.0.0.1:1")).sandboxes())
        .extracting(FleetState.Sandbox::name, FleetState.Sandbox::pid).contains(org.assertj.core.groups.Tuple.tuple("kafka", 7L))
        .hasSize(2);
  }

  @Test
  void a_reader_never_sees_half_a_file_while_it_is_rewritten() throws Exception {
    Path file = new FleetFolder(data).stateFile();
    FleetState small = fleet(1);
    FleetState large = fleet(200);
    small.write(file);
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicInteger reads = new AtomicInteger();
    Thread reader = new Thread(() -> {
      while (writing.get()) {
        try {
          FleetState seen = FleetState.read(file).orElseThrow();
          assertThat(seen).isIn(small, large);
          reads.incrementAndGet();
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }
    });
    reader.start();
    for (int i = 0; i < 300; i++) (i % 2 == 0 ? large : small).write(file);
    writing.set(false);
    reader.join();
    assertThat(failure.get()).isNull();
    assertThat(reads.get()).isPositive();
  }
}
