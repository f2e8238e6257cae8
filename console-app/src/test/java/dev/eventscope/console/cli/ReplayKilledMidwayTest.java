package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.console.Launcher;
import dev.eventscope.services.reliability.ReliabilityRow;
import dev.eventscope.services.simulation.Simulation;
import dev.eventscope.services.simulation.SimulationConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator's replay process dies mid-way (SIGKILL: no shutdown hook, no cleanup) and is run
 * again with the same {@code --job}: a replay into handlers resumes after its checkpoint; a
 * rebuild, whose shadow copy died with the process, left the live read models untouched and starts
 * again, ending equal to them. Each writes its row of {@code benchmarks/RELIABILITY.md} (see
 * {@link ReplayRow}), so they run in the reliability profile.
 */
@Tag("reliability")
class ReplayKilledMidwayTest {
  private static final int ORDERS = 200;

  @TempDir Path tempDir;

  @Test
  void a_killed_handler_replay_resumes_after_its_checkpoint() throws Exception {
    Path data = simulated();
    List<String> replay = List.of("replay", "--data", data.toString(), "--target", "handlers:notifications", "--job", "nightly-notify");
    killMidway(replay);

    JsonNode resumed = runToEnd(replay, "resumed.json");
    assertThat(resumed.get("resumedAfter").asLong()).as("resumed after the killed run's checkpoint; it said: %s", childOutput()).isPositive();
    assertThat(resumed.get("state").asText()).isEqualTo("completed");
    assertNothingLostOrTakenTwice(ReplayRow.of("replay into handlers killed (SIGKILL) mid-way, resumed at its checkpoint", ORDERS,
        data, resumed));
  }

  @Test
  void a_killed_rebuild_leaves_the_live_read_models_alone_and_starts_again_to_equal_them() throws Exception {
    Path data = simulated();
    List<String> replay = List.of("replay", "--data", data.toString(), "--target", "projections", "--job", "nightly-rebuild");
    killMidway(replay);

    JsonNode again = runToEnd(replay, "again.json");
    assertThat(again.get("resumedAfter").asLong()).as("its shadow copy died with the process: it starts again").isZero();
    ReliabilityRow row = ReplayRow.of("projection rebuild killed (SIGKILL) mid-way, started again", ORDERS, data, again);
    assertThat(again.get("rebuiltEqualsOriginal").asBoolean()).as(again.toPrettyString()).isTrue();
    assertNothingLostOrTakenTwice(row);
  }

  private static void assertNothingLostOrTakenTwice(ReliabilityRow row) {
    ReliabilityRows.record(row);
    assertThat(row.eventsChecked()).as("events in the store").isGreaterThan(ORDERS);
    assertThat(row.lost()).as("stored events neither the checkpoint covered nor the second run took").isZero();
    assertThat(row.duplicated()).as("events the checkpoint covered that the second run took again").isZero();
  }

  private Path simulated() {
    Path data = tempDir.resolve("data");
    // Paced, so the stored events carry an original timing a slowed-down replay can stretch.
    Simulation.run(SimulationConfig.defaults().withOrders(ORDERS).withRate(100.0).withStore("embedded", data));
    return data;
  }

  /** Starts the replay in its own JVM at 0.15x (about 13 s of replaying) and kills it (SIGKILL) a fifth of the way in. */
  private void killMidway(List<String> replay) throws Exception {
    Path report = tempDir.resolve("killed.json");
    Process killed = child(replay, "--speed", "0.15x", "--report", report.toString());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (progress() < 20) {
      assertThat(killed.isAlive()).as("the replay ended before it could be killed: %s", childOutput()).isTrue();
      assertThat(System.nanoTime()).as("no progress within 90 s: %s", childOutput()).isLessThan(deadline);
      Thread.sleep(100);
    }
    killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(report).as("a killed replay writes no report").doesNotExist();
  }

  /** The last percentage the child's progress bar showed (0 before it showed one). */
  private int progress() {
    Matcher percent = Pattern.compile("(\\d+)% ").matcher(childOutput());
    int last = 0;
    while (percent.find()) last = Integer.parseInt(percent.group(1));
    return last;
  }

  private JsonNode runToEnd(List<String> replay, String reportName) throws Exception {
    Path report = tempDir.resolve(reportName);
    CliRun run = new CliRun(tempDir.resolve("home"));
    int code = run.run(concat(replay, "--report", report.toString()));
    assertThat(code).as(run.err()).isZero();
    return new ObjectMapper().readTree(report.toFile());
  }

  /** {@code eventscope <args>} in a JVM of its own, with its logs and settings under the test's folder. */
  private Process child(List<String> args, String... more) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
    command.addAll(args);
    command.addAll(List.of(more));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tempDir.resolve("child.log").toFile());
    builder.environment().put("XDG_STATE_HOME", tempDir.resolve("state").toString());
    builder.environment().put("XDG_CONFIG_HOME", tempDir.resolve("config").toString());
    Files.createDirectories(tempDir.resolve("state"));
    return builder.start();
  }

  private String childOutput() {
    try {
      return Files.readString(tempDir.resolve("child.log")).replace('\r', '\n');
    } catch (java.io.IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  private static String[] concat(List<String> args, String... more) {
    List<String> all = new java.util.ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
