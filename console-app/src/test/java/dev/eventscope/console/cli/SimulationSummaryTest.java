package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.services.simulation.SimulationReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SimulationSummaryTest {

  private static SimulationReport report(SimulationReport.Consistency consistency, List<SimulationReport.Expectation> expectations) {
    return new SimulationReport("memory", "memory", 42,
        new SimulationReport.Commands(4000, 3990, 10),
        new SimulationReport.Events(9000, 9000, 27000, 3, 0, 0, 0),
        new SimulationReport.Orders(930, 50, 0, 20),
        new SimulationReport.Throughput(1234.5),
        new SimulationReport.Latency(1.2, 3.4, 5.6),
        consistency, List.of(), expectations, 0.81);
  }

  private static String print(SimulationReport report) {
    StringWriter text = new StringWriter();
    new SimulationSummary(new PrintWriter(text, true)).print(report);
    return text.toString();
  }

  @Test
  void a_consistent_run_shows_orders_commands_events_throughput_latency_and_ok() {
    String summary = print(report(new SimulationReport.Consistency(true, List.of()), List.of()));

    assertThat(summary)
        .contains("confirmed 930, rejected 50, cancelled 0, pending 20")
        .contains("sent 4000, accepted 3990, rejected 10")
        .contains("stored 9000")
        .contains("1234.5 orders/s")
        .contains("p50 1.2 ms, p95 3.4 ms, p99 5.6 ms")
        .containsPattern("consistency +ok");
    assertThat(SimulateCommand.passed(report(new SimulationReport.Consistency(true, List.of()), List.of()))).isTrue();
  }

  @Test
  void an_inconsistent_run_shows_the_first_mismatches_and_fails() {
    List<String> mismatches = IntStream.rangeClosed(1, 8)
        .mapToObj(i -> "order-" + i + ": summary says PENDING, events say CONFIRMED")
        .toList();
    SimulationReport report = report(new SimulationReport.Consistency(false, mismatches), List.of());

    String summary = print(report);

    assertThat(summary).contains("FAILED, 8 mismatches", "order-5:").doesNotContain("order-6:");
    assertThat(SimulateCommand.passed(report)).isFalse();
  }

  @Test
  void a_failed_expectation_fails_the_run_even_when_consistent() {
    SimulationReport report = report(new SimulationReport.Consistency(true, List.of()),
        List.of(new SimulationReport.Expectation("no order lost", false, "3 pending")));

    assertThat(print(report)).contains("FAILED no order lost (3 pending)");
    assertThat(SimulateCommand.passed(report)).isFalse();
  }
}
