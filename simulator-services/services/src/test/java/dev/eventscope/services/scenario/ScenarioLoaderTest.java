package dev.eventscope.services.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.runtime.fault.FaultSettings;
import dev.eventscope.runtime.fault.Latency;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
  private static final String MINIMAL = """
      name: demo
      description: a demo
      orders: 10
      """;

  @Test
  void a_full_scenario_reads_into_its_parts() {
    Scenario scenario = ScenarioLoader.parse("""
        name: demo
        title: Demo
        description: |
          Two lines
          of story.
        seed: 3
        duration: 20s
        load:
          profile: ramp
          from: 10
          to: 100
          over: 10s
        customers: { count: 5, skew: 0 }
        stockPerSku: 30
        faults:
          paymentDeclineRate: 0.25
          bus:
            latency: { meanMs: 4 }
            duplicateRate: 0.1
          handlers:
            order-summary: { exceptionRate: 0.2 }
          slowProjectionMs: 3
          outages:
            - { at: 2s, duration: 1500ms }
        timeline:
          - { at: 9s, clear: true, retryDeadLetters: true, say: fixed }
          - { at: 5s, set: { stockShortageRate: 0.5 } }
        expect:
          finalWithin: 5s
          minRejected: 3
        """, "demo.yaml");

    assertThat(scenario.title()).isEqualTo("Demo");
    assertThat(scenario.description()).contains("of story.");
    assertThat(scenario.duration()).isEqualTo(Duration.ofSeconds(20));
    assertThat(scenario.load().rateAt(5)).isEqualTo(55.0);
    assertThat(scenario.load().rateAt(30)).isEqualTo(100.0);
    assertThat(scenario.customers().count()).isEqualTo(5);
    assertThat(scenario.faults().outages()).singleElement().satisfies(o -> assertThat(o.end()).isEqualTo(Duration.ofMillis(3_500)));
    assertThat(scenario.timeline()).extracting(TimelineStep::at).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(9));
    FaultSettings faults = scenario.faults().applyTo(FaultSettings.NONE);
    assertThat(faults.paymentDeclineRate()).isEqualTo(0.25);
    assertThat(faults.bus().latency()).isEqualTo(Latency.exponential(4));
    assertThat(faults.bus().duplicateRate()).isEqualTo(0.1);
    assertThat(faults.handler("order-summary").exceptionRate()).isEqualTo(0.2);
    assertThat(faults.handler("fulfilment").active()).isFalse();
    assertThat(faults.slowProjectionMs()).isEqualTo(3);
    assertThat(scenario.expect().maxLost()).isZero();
    assertThat(scenario.expect().minRejected()).isEqualTo(3);
  }

  @Test
  void left_out_parts_take_their_defaults() {
    Scenario scenario = ScenarioLoader.parse(MINIMAL, "demo.yaml");

    assertThat(scenario.title()).isEqualTo("demo");
    assertThat(scenario.load().rateAt(0)).isInfinite();
    assertThat(scenario.expect()).isEqualTo(Expectations.DEFAULT);
    assertThat(scenario.faults().applyTo(FaultSettings.NONE)).isEqualTo(FaultSettings.NONE);
  }

  @Test
  void an_unknown_field_names_its_line_and_the_known_fields() {
    assertThatThrownBy(() -> ScenarioLoader.parse(MINIMAL + "faults:\n  bus:\n    dropRat: 0.1\n", "typo.yaml"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("typo.yaml line 6, field faults.bus.dropRat: unknown field 'dropRat'")
        .hasMessageContaining("dropRate");
  }

  @Test
  void a_rate_out_of_range_names_the_field_and_the_rule() {
    assertThatThrownBy(() -> ScenarioLoader.parse(MINIMAL + "faults:\n  bus:\n    duplicateRate: 1.5\n", "bad.yaml"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("bad.yaml line ")
        .hasMessageContaining("field faults.bus")
        .hasMessageContaining("duplicateRate must be between 0 and 1, got 1.5");
  }

  @Test
  void a_wrong_type_and_a_bad_duration_are_named() {
    assertThatThrownBy(() -> ScenarioLoader.parse(MINIMAL.replace("orders: 10", "orders: many"), "type.yaml"))
        .hasMessageStartingWith("type.yaml line 3, field orders:");
    assertThatThrownBy(() -> ScenarioLoader.parse(MINIMAL + "duration: 5 minutes\n", "time.yaml"))
        .hasMessageStartingWith("time.yaml line 4, field duration:")
        .hasMessageContaining("write e.g. 500ms, 5s, 2m or 1h");
  }

  @Test
  void missing_essentials_and_impossible_loads_are_refused_with_reasons() {
    assertThatThrownBy(() -> ScenarioLoader.parse("name: x\norders: 3\n", "x.yaml")).hasMessageContaining("needs a 'description'");
    assertThatThrownBy(() -> ScenarioLoader.parse("name: x\ndescription: d\n", "x.yaml")).hasMessageContaining("needs 'orders' or 'duration'");
    assertThatThrownBy(() -> ScenarioLoader.parse("name: x\ndescription: d\nduration: 5s\n", "x.yaml"))
        .hasMessageContaining("needs a load with a rate");
    assertThatThrownBy(() -> ScenarioLoader.parse(MINIMAL + "load: { profile: bursts, rate: 5, burstRate: 50, every: 1s, burstLength: 2s }\n",
        "x.yaml")).hasMessageContaining("shorter 'burstLength'");
    assertThatThrownBy(() -> ScenarioLoader.parse(MINIMAL + "load: { profile: sideways }\n", "x.yaml")).hasMessageContaining("field load.profile");
  }

  @Test
  void text_that_is_not_yaml_or_empty_gets_a_clear_error() {
    assertThatThrownBy(() -> ScenarioLoader.parse("", "empty.yaml")).hasMessage("empty.yaml: the file is empty");
    assertThatThrownBy(() -> ScenarioLoader.parse("name: [unclosed\n", "broken.yaml")).hasMessageStartingWith("broken.yaml line ");
  }

  @Test
  void the_catalog_knows_the_shipped_scenarios_and_names_the_known_ones_for_an_unknown_name() {
    ScenarioCatalog catalog = new ScenarioCatalog(null);

    assertThat(catalog.names()).containsExactlyElementsOf(ScenarioCatalog.BUILT_IN);
    assertThat(catalog.all()).hasSize(6);
    assertThatThrownBy(() -> catalog.load("black-monday")).hasMessageContaining("no scenario named 'black-monday'; known: happy-path");
  }
}
