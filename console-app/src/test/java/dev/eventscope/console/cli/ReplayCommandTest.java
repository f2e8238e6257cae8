package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.services.simulation.Simulation;
import dev.eventscope.services.simulation.SimulationConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
  @TempDir static Path tempDir;
  static Path data;

  @BeforeAll
  static void simulate() {
    data = tempDir.resolve("data");
    Simulation.run(SimulationConfig.defaults().withOrders(60).withStore("embedded", data));
  }

  private CliRun cli() {
    return new CliRun(tempDir.resolve("home"));
  }

  @Test
  void a_dry_run_counts_lists_and_leaves_the_data_folder_byte_identical() throws IOException {
    Map<String, String> before = fingerprint(data);
    Path report = tempDir.resolve("dry.json");
    CliRun run = cli();

    int code = run.run("replay", "--store", "embedded", "--data", data.toString(), "--target", "projections", "--dry-run",
        "--type", "OrderPlaced", "--list", "3", "--report", report.toString());

    assertThat(code).as(run.err()).isZero();
    assertThat(fingerprint(data)).isEqualTo(before);
    assertThat(run.out()).contains("selected     60 events", "OrderPlaced", "first 3:", "nothing replayed");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("selected").asLong()).isEqualTo(60);
    assertThat(json.get("replayed").asLong()).isZero();
    assertThat(json.get("listed")).hasSize(3);
  }

  @Test
  void rebuilding_the_projections_reports_that_they_equal_the_originals() throws IOException {
    Path report = tempDir.resolve("r.json");
    CliRun run = cli();

    int code = run.run("replay", "--data", data.toString(), "--target", "projections", "--report", report.toString());

    assertThat(code).as(run.err()).isZero();
    assertThat(run.out()).contains("rebuilt read models equal the originals");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    for (String key : new String[] {"selected", "replayed", "skipped", "targets", "durationMs", "eventsPerSecond"}) {
      assertThat(json.has(key)).as(key).isTrue();
    }
    assertThat(json.get("rebuiltEqualsOriginal").asBoolean()).isTrue();
    assertThat(json.get("targets").has("projection:order-summary")).isTrue();
    assertThat(json.get("skipped").get(0).get("reason").asText()).startsWith("no target reads events of the");
  }

  @Test
  void every_replay_dry_runs_too_is_audited_in_the_state_folder_and_never_in_the_data_folder() throws IOException {
    Path home = tempDir.resolve("audited-home");
    Path audit = home.resolve(".local/state/eventscope/replay-audit.jsonl");
    CliRun dry = new CliRun(home);
    assertThat(dry.run("replay", "--data", data.toString(), "--target", "projections", "--dry-run", "--type", "OrderPlaced"))
        .as(dry.err()).isZero();
    CliRun real = new CliRun(home);
    assertThat(real.run("replay", "--data", data.toString(), "--target", "projections:order-summary")).as(real.err()).isZero();

    assertThat(real.out()).contains("audit log    " + audit);
    ObjectMapper mapper = new ObjectMapper();
    java.util.List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(audit)) lines.add(mapper.readTree(line));
    assertThat(lines).extracting(line -> line.get("event").asText()).containsExactly("started", "ended", "started", "ended");
    assertThat(lines).allSatisfy(line -> assertThat(line.get("origin").asText()).isEqualTo("cli"));
    assertThat(lines.get(1).get("dryRun").asBoolean()).isTrue();
    assertThat(lines.get(1).get("selection").get("types").get(0).asText()).isEqualTo("OrderPlaced");
    assertThat(lines.get(1).get("result").get("outcome").asText()).isEqualTo("dry-run");
    assertThat(lines.get(1).get("result").get("selected").asLong()).isEqualTo(60);
    assertThat(lines.get(3).get("dryRun").asBoolean()).isFalse();
    assertThat(lines.get(3).get("targets").get(0).asText()).isEqualTo("projection:order-summary");
    assertThat(lines.get(3).get("result").get("outcome").asText()).isEqualTo("completed");
    assertThat(lines.get(3).get("result").get("rebuiltEqualsOriginal").asBoolean()).isTrue();
    assertThat(lines.get(2).get("id").asText()).isEqualTo(lines.get(3).get("id").asText());
    try (Stream<Path> files = Files.list(data)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.contains("audit"));
    }
  }

  @Test
  void the_help_says_where_the_audit_log_is() {
    CliRun run = cli();
    assertThat(run.run("replay", "--help")).isZero();
    assertThat(run.out()).contains("replay-audit.jsonl", "per-user state folder", "--source");
  }

  @Test
  void handlers_with_outside_effects_skip_replayed_events() {
    CliRun run = cli();
    int code = run.run("replay", "--data", data.toString(), "--target", "handlers:notifications", "--type", "OrderConfirmed");
    assertThat(code).as(run.err() + run.out()).isZero();
    assertThat(run.out()).contains("for handler:notifications: has outside effects");
  }

  @Test
  void a_named_job_resumes_after_its_checkpoint() throws IOException {
    Path first = tempDir.resolve("job-1.json");
    Path second = tempDir.resolve("job-2.json");
    String[] args = {"replay", "--data", data.toString(), "--target", "handlers:notifications", "--job", "nightly-notify"};
    CliRun run = cli();
    assertThat(run.run(concat(args, "--report", first.toString()))).as(run.err()).isZero();
    assertThat(run.run(concat(args, "--report", second.toString()))).as(run.err()).isZero();

    ObjectMapper mapper = new ObjectMapper();
    JsonNode once = mapper.readTree(first.toFile());
    JsonNode again = mapper.readTree(second.toFile());
    assertThat(once.get("selected").asLong()).isPositive();
    assertThat(again.get("resumedAfter").asLong()).isPositive();
    assertThat(again.get("selected").asLong()).isZero();
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void re_publishing_to_the_bus_needs_yes() {
    CliRun run = cli();
    assertThat(run.run("replay", "--data", data.toString(), "--target", "bus")).isEqualTo(Cli.USAGE);
    assertThat(run.err()).contains("add --yes to confirm");
    CliRun memory = cli();
    assertThat(memory.run("replay", "--data", data.toString(), "--target", "bus", "--yes")).isEqualTo(Cli.USAGE);
    assertThat(memory.err()).contains("the memory bus lives inside one process");
  }

  @Test
  void bad_targets_speeds_and_missing_stores_are_one_line_usage_errors() {
    CliRun run = cli();
    assertThat(run.run("replay", "--data", data.toString(), "--target", "everything")).isEqualTo(Cli.USAGE);
    assertThat(run.run("replay", "--data", data.toString(), "--target", "projections", "--speed", "fast")).isEqualTo(Cli.USAGE);
    assertThat(run.run("replay", "--data", data.toString(), "--target", "projections:nope")).isEqualTo(Cli.USAGE);
    Path empty = tempDir.resolve("empty");
    assertThat(run.run("replay", "--data", empty.toString(), "--target", "projections")).isEqualTo(Cli.USAGE);
    assertThat(run.run("replay", "--data", empty.toString(), "--target", "projections", "--dry-run")).isEqualTo(Cli.USAGE);
    assertThat(empty).doesNotExist();
    assertThat(run.err()).contains("unknown target 'everything'", "invalid speed 'fast'", "no projection named 'nope'",
        "no embedded store in");
  }

  @Test
  void inspect_shows_an_aggregates_events_and_its_state_at_a_version() {
    CliRun find = cli();
    find.run("replay", "--data", data.toString(), "--target", "projections", "--dry-run", "--type", "OrderPlaced", "--list", "1");
    String line = find.out().lines().filter(l -> l.contains("OrderPlaced") && l.contains("#")).findFirst().orElseThrow();
    String orderId = line.trim().split("\\s+")[2];

    CliRun run = cli();
    assertThat(run.run("inspect", orderId, "--data", data.toString(), "--version", "1")).as(run.err()).isZero();
    assertThat(run.out()).contains("Order " + orderId, "v1    OrderPlaced", "\"orderId\":\"" + orderId + "\"", "state at v1:",
        "status=PENDING");
    CliRun missing = cli();
    assertThat(missing.run("inspect", "nope", "--data", data.toString())).isEqualTo(Cli.USAGE);
    assertThat(missing.err()).contains("no events for aggregate 'nope'");
  }

  static Map<String, String> fingerprint(Path folder) {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        hashes.put(folder.relativize(file).toString(), HexFormat.of().formatHex(digest) + " " + Files.getLastModifiedTime(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return hashes;
  }
}
