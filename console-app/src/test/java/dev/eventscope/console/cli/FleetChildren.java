package dev.eventscope.console.cli;

import dev.eventscope.console.Launcher;
import dev.eventscope.console.fleet.Pids;
import dev.eventscope.services.fleet.FleetState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Fleets in tests: {@code eventscope <args>} in a JVM of its own (a fleet must outlive the
 * command that started it), and afterwards every process a test's fleet left behind, killed.
 */
final class FleetChildren {
  private FleetChildren() {}

  /** Starts {@code eventscope <args>} with its settings and logs under {@code tempDir}, its output in {@code log}. */
  static Process start(Path tempDir, Path log, List<String> args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("XDG_STATE_HOME", tempDir.resolve("state").toString());
    builder.environment().put("XDG_CONFIG_HOME", tempDir.resolve("config").toString());
    Files.createDirectories(tempDir.resolve("state"));
    return builder.start();
  }

  /**
   * {@code eventscope fleet <args> --data <data>} in a JVM of its own (the fleet outlives it), its
   * output in {@code <tempDir>/fleet-<args[0]>.log}; fails unless it returns 0 within 3 minutes.
   */
  static void fleet(Path tempDir, Path data, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("fleet"));
    command.addAll(List.of(args));
    command.addAll(List.of("--data", data.toString()));
    Path log = tempDir.resolve("fleet-" + args[0] + ".log");
    Process process = start(tempDir, log, command);
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("fleet " + args[0] + " did not return within 180 s: " + Files.readString(log));
    }
    if (process.exitValue() != 0) throw new AssertionError("fleet " + args[0] + " exited " + process.exitValue() + ": " + Files.readString(log));
  }

  /** Kills what the fleet state file in {@code data} names, and any process whose command line mentions {@code data}. */
  static void killLeftovers(Path data) {
    FleetState.read(FleetState.file(data)).ifPresent(state -> Stream.concat(
            state.processes().stream().map(FleetState.ServiceProcess::pid), state.sandboxes().stream().map(FleetState.Sandbox::pid))
        .forEach(pid -> Pids.handle(pid).ifPresent(ProcessHandle::destroyForcibly)));
    String marker = data.toString();
    ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(args -> String.join(" ", args).contains(marker)).orElse(false))
        .forEach(ProcessHandle::destroyForcibly);
  }
}
