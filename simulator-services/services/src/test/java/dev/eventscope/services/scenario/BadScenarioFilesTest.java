package dev.eventscope.services.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scenario text that is hostile or nonsensical gets a ScenarioException naming the file, never another exception. */
class BadScenarioFilesTest {
  private static final String START = "name: bad\ndescription: d\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "negative orders | orders: -5 | orders",
    "too many orders | orders: 99999999999999 | orders",
    "a fraction of an order | orders: 2.5 | orders",
    "a negative rate | orders: 5\\nload: { rate: -1 } | rate",
    "a rate above 1 | orders: 5\\nfaults: { bus: { duplicateRate: 1.5 } } | duplicateRate must be between 0 and 1",
    "an unknown bus | orders: 5\\nbus: pigeon | bus",
    "a list for orders | orders: [1, 2] | orders",
    "a tab for indentation | orders: 5\\nload:\\n\\trate: 5 | bad.yaml",
    "a document that is a list | - orders: 5 | bad.yaml",
    "two documents | orders: 5\\n---\\norders: 6 | bad.yaml",
  })
  void each_is_a_scenario_error_naming_the_file(String name, String rest, String expected) {
    String yaml = START + rest.replace("\\n", "\n").replace("\\t", "\t") + "\n";
    assertThatThrownBy(() -> ScenarioLoader.parse(yaml, "bad.yaml"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("bad.yaml")
        .hasMessageContaining(expected);
  }

  @org.junit.jupiter.api.Test
  void an_alias_bomb_is_refused_quickly() {
    StringBuilder yaml = new StringBuilder(START + "orders: 5\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 12; i++) {
      yaml.append("x").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      yaml.append("]\n");
    }
    assertThatThrownBy(() -> ScenarioLoader.parse(yaml.toString(), "bad.yaml")).isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("bad.yaml");
  }
}
