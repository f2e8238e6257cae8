package dev.eventscope.console.cli;

import dev.eventscope.console.Launcher;
import dev.eventscope.console.fleet.Pids;
import dev.eventscope.services.fleet.FleetState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
