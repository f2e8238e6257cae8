package dev.eventscope.services.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.services.simulation.Simulation;
import dev.eventscope.services.simulation.SimulationConfig;
import dev.eventscope.services.simulation.SimulationReport;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every shipped scenario passes its own expectations headless on the in-memory bus. */
class ShippedScenariosTest {
  static final java.util.List<String> SHIPPED = ScenarioCatalog.BUILT_IN;

  @ParameterizedTest
  @FieldSource("SHIPPED")
  void passes_its_expectations(String name) {
    Scenario scenario = new ScenarioCatalog(Path.of("../../scenarios")).load(name);

    SimulationReport report = Simulation.run(SimulationConfig.defaults().withTimeout(Duration.ofMinutes(2)), scenario);

    assertThat(report.scenario().name()).isEqualTo(name);
    assertThat(report.expectations()).isNotEmpty().allSatisfy(expectation ->
        assertThat(expectation.ok()).as(expectation.name() + ": " + expectation.detail()).isTrue());
    assertThat(report.consistency().ok()).as(String.valueOf(report.consistency().mismatches())).isTrue();
    assertThat(report.events().lost()).isZero();
    assertThat(report.events().appliedTwice()).isZero();
    assertThat(report.series()).isNotEmpty();
  }
}
