package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bus and http workloads run end to end and report their keys; options they do not take are usage errors. No timing asserts. */
class BenchWorkloadsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path home;
  private CliRun cli;

  @BeforeEach
  void freshCli() {
    cli = new CliRun(home);
  }

  @Test
  void the_bus_workload_on_the_memory_bus_reports_one_line_per_run_with_the_bench_keys() throws Exception {
    int exit = cli.run("bench", "--workload", "bus", "--bus", "memory", "--messages", "2000", "--warmup", "500", "--runs", "2");

    assertThat(exit).as(cli.err()).isZero();
    List<String> lines = cli.out().lines().toList();
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      JsonNode run = JSON.readTree(line);
      assertThat(run.get("workload").asText()).isEqualTo("bus");
      assertThat(run.get("bus").asText()).isEqualTo("memory");
      assertThat(run.get("messages").asInt()).isEqualTo(2000);
      assertThat(run.get("messagesPerSecond").asDouble()).isPositive();
      assertThat(run.get("latencyUs").get("p50").asDouble()).isPositive();
      assertThat(run.get("latencyUs").get("p99").asDouble()).isGreaterThanOrEqualTo(run.get("latencyUs").get("p50").asDouble());
      assertThat(run.has("allocBytesPerMessage")).isTrue();
      // The in-memory bus has no raw client to compare with: the keys are left out, not null.
      assertThat(run.has("rawClientPerSecond")).isFalse();
      assertThat(run.has("ratioToRaw")).isFalse();
    }
  }

  @Test
  void the_http_workload_reports_http_next_to_in_process_commands() throws Exception {
    int exit = cli.run("bench", "--workload", "http", "--commands", "300", "--warmup", "50", "--connections", "2");

    assertThat(exit).as(cli.err()).isZero();
    JsonNode run = JSON.readTree(cli.out().strip());
    assertThat(run.get("workload").asText()).isEqualTo("http");
    assertThat(run.get("connections").asInt()).isEqualTo(2);
    assertThat(run.get("commands").asInt()).isEqualTo(300);
    assertThat(run.get("commandsPerSecond").asDouble()).isPositive();
    assertThat(run.get("inProcessCommandsPerSecond").asDouble()).isPositive();
    assertThat(run.get("ratio").asDouble()).isPositive();
    assertThat(run.get("latencyUs").has("p50")).isTrue();
    assertThat(run.get("latencyUs").has("p99")).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "bench --messages 10 | --messages does not apply to --workload order-flow",
    "bench --workload fulfilment --connections 2 | --connections does not apply to --workload fulfilment",
    "bench --workload bus --orders 10 | --orders does not apply to --workload bus",
    "bench --workload bus --tracing off | --tracing does not apply to --workload bus",
    "bench --workload bus --commands 10 | --commands does not apply to --workload bus",
    "bench --workload bus --messages 0 | --messages must be at least 1",
    "bench --workload bus --bus pigeon | unknown bus strategy 'pigeon'",
    "bench --workload http --bus redis | --bus does not apply to --workload http",
    "bench --workload http --messages 5 | --messages does not apply to --workload http",
    "bench --workload http --connections 0 | --connections must be at least 1",
    "bench --workload http --commands -1 | --commands must be at least 1",
    "bench --workload tcp | use order-flow, fulfilment, bus or http",
  })
  void options_a_workload_does_not_take_are_one_line_usage_errors(String args, String expected) {
    int exit = cli.run(args.split(" "));

    assertThat(exit).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.errLines()).singleElement().asString().startsWith("eventscope: ").contains(expected).doesNotContain("Exception");
  }

  @Test
  void the_help_names_every_workload() {
    assertThat(cli.run("bench", "--help")).isZero();
    assertThat(cli.out()).contains("order-flow", "fulfilment", "bus", "http", "--messages", "--commands", "--connections",
        "eventscope bench --workload bus", "eventscope bench --workload http");
  }
}
