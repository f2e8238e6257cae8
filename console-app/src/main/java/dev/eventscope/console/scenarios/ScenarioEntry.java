package dev.eventscope.console.scenarios;

import dev.eventscope.services.scenario.Scenario;
import dev.eventscope.services.scenario.ScenarioCatalog;
import dev.eventscope.services.scenario.ScenarioException;
import java.util.List;

/** One line of the scenario list: a scenario that loaded, or the name of one that did not and why. */
public record ScenarioEntry(String name, String title, Scenario scenario, String error) {
  static ScenarioEntry load(ScenarioCatalog catalog, String name) {
    try {
      Scenario scenario = catalog.load(name);
      return new ScenarioEntry(name, scenario.title(), scenario, null);
    } catch (ScenarioException | IllegalArgumentException e) {
      return new ScenarioEntry(name, name, null, e.getMessage());
    }
  }

  static List<ScenarioEntry> all(ScenarioCatalog catalog) {
    return catalog.names().stream().map(name -> load(catalog, name)).toList();
  }

  public boolean valid() {
    return scenario != null;
  }
}
