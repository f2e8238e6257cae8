package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolePreferencesTest {
  @TempDir Path config;

  @Test
  void a_saved_theme_and_window_size_come_back_on_the_next_run() {
    Path file = config.resolve("eventscope").resolve(ConsolePreferences.FILE_NAME);

    new ConsolePreferences(Theme.DARK, 1600, 900).save(file);

    assertThat(ConsolePreferences.load(file)).isEqualTo(new ConsolePreferences(Theme.DARK, 1600, 900));
  }

  @Test
  void the_window_position_maximised_state_and_split_dividers_come_back_on_the_next_run() {
    Path file = config.resolve(ConsolePreferences.FILE_NAME);
    WindowLayout layout = new WindowLayout(120.0, 64.0, true, Map.of("events-split", List.of(0.45), "trace-split", List.of(0.3)));

    new ConsolePreferences(Theme.LIGHT, 1400, 900).withLayout(layout).save(file);

    assertThat(ConsolePreferences.load(file).layout()).isEqualTo(layout);
  }

  @Test
  void a_divider_outside_the_pane_is_dropped_and_the_rest_of_the_layout_kept() throws IOException {
    Path file = config.resolve("odd.yaml");
    Files.writeString(file, "x: 10\ny: 20\ndividers:\n  events-split: [1.5]\n  trace-split: [0.25]\n  dead-letters-split: nonsense\n");

    assertThat(ConsolePreferences.load(file).layout()).isEqualTo(new WindowLayout(10.0, 20.0, false, Map.of("trace-split", List.of(0.25))));
  }

  @Test
  void panes_not_built_this_run_keep_their_remembered_dividers() {
    WindowLayout before = new WindowLayout(null, null, false, Map.of("events-split", List.of(0.4), "trace-split", List.of(0.3)));

    WindowLayout after = before.with(5.0, 6.0, false, Map.of("trace-split", List.of(0.5)));

    assertThat(after.dividers()).isEqualTo(Map.of("events-split", List.of(0.4), "trace-split", List.of(0.5)));
  }

  @Test
  void no_file_means_the_defaults() {
    assertThat(ConsolePreferences.load(config.resolve("missing.yaml"))).isEqualTo(ConsolePreferences.DEFAULTS);
  }

  @Test
  void a_broken_file_or_silly_sizes_fall_back_to_the_defaults_instead_of_failing() throws IOException {
    Path broken = config.resolve("broken.yaml");
    Files.writeString(broken, "theme: [dark\n");
    Path silly = config.resolve("silly.yaml");
    Files.writeString(silly, "theme: high-contrast\nwidth: 5\nheight: 99999\n");

    assertThat(ConsolePreferences.load(broken)).isEqualTo(ConsolePreferences.DEFAULTS);
    assertThat(ConsolePreferences.load(silly)).isEqualTo(new ConsolePreferences(Theme.HIGH_CONTRAST, 1280, 800));
  }

  @Test
  void a_bad_or_unknown_key_costs_only_itself() throws IOException {
    Path file = config.resolve("console.yaml");
    Files.writeString(file, "theme: purple\nwidth: 1500\nheight: tall\ntour-seen: perhaps\nrecent-scenarios: black-friday\n"
        + "colour: blue\n");

    assertThat(ConsolePreferences.load(file)).isEqualTo(new ConsolePreferences(Theme.LIGHT, 1500, 800, false, List.of()));

    Files.writeString(file, "theme: dark\nwidth: [1500\n");
    assertThat(ConsolePreferences.load(file)).isEqualTo(ConsolePreferences.DEFAULTS);
    Files.writeString(file, "- dark\n");
    assertThat(ConsolePreferences.load(file)).isEqualTo(ConsolePreferences.DEFAULTS);
  }

  @Test
  void screenshots_neither_read_nor_write_the_remembered_preferences() {
    ConsoleOptions shot = new ConsoleOptions("memory", null, null, null, Path.of("x.png"), java.time.Duration.ofSeconds(1), null,
        config.resolve("console.yaml"));
    ConsoleOptions interactive = new ConsoleOptions("memory", null, null, null, null, null, null, config.resolve("console.yaml"));

    assertThat(shot.remembers()).isFalse();
    assertThat(interactive.remembers()).isTrue();
    assertThat(interactive.parsedTheme()).isNull();
  }

  @Test
  void the_tour_shows_on_the_first_start_and_not_after_it_was_seen(@org.junit.jupiter.api.io.TempDir Path config) {
    Path file = config.resolve("console.yaml");
    ConsoleOptions interactive = new ConsoleOptions("memory", null, null, null, null, null, null, file);
    assertThat(ConsoleApp.showsTour(interactive, ConsolePreferences.load(file))).isTrue();

    ConsolePreferences.load(file).withTourSeen().save(file);

    assertThat(ConsoleApp.showsTour(interactive, ConsolePreferences.load(file))).isFalse();
    assertThat(ConsoleApp.showsTour(interactive.withTour(), ConsolePreferences.load(file))).as("--tour").isTrue();
    ConsoleOptions screenshot = new ConsoleOptions("memory", null, null, null, Path.of("x.png"), java.time.Duration.ofSeconds(1), null,
        config.resolve("fresh.yaml"));
    assertThat(ConsoleApp.showsTour(screenshot, ConsolePreferences.DEFAULTS)).as("screenshots stay as they are").isFalse();
  }

  @Test
  void recent_scenarios_keep_the_last_five_newest_first(@org.junit.jupiter.api.io.TempDir Path config) {
    Path file = config.resolve("console.yaml");
    ConsolePreferences remembered = ConsolePreferences.DEFAULTS;
    for (String name : new String[] {"a", "b", "c", "a", "d", "e", "f"}) remembered = remembered.withRecentScenario(name);
    remembered.withTourSeen().save(file);

    ConsolePreferences loaded = ConsolePreferences.load(file);

    assertThat(loaded.recentScenarios()).containsExactly("f", "e", "d", "a", "c");
    assertThat(loaded.tourSeen()).isTrue();
  }
}
