package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {
  @Test
  void reads_the_screenshot_flags() {
    ConsoleOptions options = LaunchArguments.parse(
        new String[] {"--store", "memory", "--scenario", "happy-path", "--screenshot", "/tmp/shot.png", "--exit-after", "8s"}, Map.of(), "/home/u");

    assertThat(options.store()).isEqualTo("memory");
    assertThat(options.scenario()).isEqualTo("happy-path");
    assertThat(options.screenshot()).isEqualTo(Path.of("/tmp/shot.png"));
    assertThat(options.exitAfter()).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void presentation_and_tour_are_switches() {
    ConsoleOptions plain = LaunchArguments.parse(new String[] {"--store", "memory"}, Map.of(), "/home/u");
    ConsoleOptions both = LaunchArguments.parse(new String[] {"--presentation", "--store", "memory", "--tour"}, Map.of(), "/home/u");

    assertThat(plain.presentation()).isFalse();
    assertThat(plain.tour()).isFalse();
    assertThat(both.presentation()).isTrue();
    assertThat(both.tour()).isTrue();
    assertThat(both.store()).isEqualTo("memory");
  }

  @Test
  void defaults_to_the_embedded_store_in_the_users_data_folder() {
    assertThat(LaunchArguments.parse(new String[0], Map.of(), "/home/u").dataDir()).isEqualTo(Path.of("/home/u/.local/share/eventscope"));
    assertThat(LaunchArguments.parse(new String[0], Map.of("XDG_DATA_HOME", "/data"), "/home/u").dataDir())
        .isEqualTo(Path.of("/data/eventscope"));
    assertThat(LaunchArguments.parse(new String[0], Map.of("EVENTSCOPE_DATA", "/srv/es"), "/home/u").dataDir()).isEqualTo(Path.of("/srv/es"));
  }

  @Test
  void reads_durations_like_the_cli() {
    assertThat(LaunchArguments.duration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(LaunchArguments.duration("1.5s")).isEqualTo(Duration.ofMillis(1_500));
    assertThat(LaunchArguments.duration("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(() -> LaunchArguments.duration("soon")).hasMessageContaining("500ms, 8s or 2m");
  }

  @Test
  void refuses_what_it_cannot_do() {
    assertThatThrownBy(() -> LaunchArguments.parse(new String[] {"--bogus", "x"}, Map.of(), "/h")).hasMessageContaining("unknown flag --bogus");
    assertThatThrownBy(() -> LaunchArguments.parse(new String[] {"--theme"}, Map.of(), "/h")).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> LaunchArguments.parse(new String[] {"--scenario", "no-such-story"}, Map.of(), "/h"))
        .hasMessageContaining("unknown scenario");
    assertThatThrownBy(() -> LaunchArguments.parse(new String[] {"--screenshot", "x.png"}, Map.of(), "/h"))
        .hasMessageContaining("needs exit-after");
    assertThatThrownBy(() -> LaunchArguments.parse(new String[] {"--theme", "neon"}, Map.of(), "/h")).hasMessageContaining("unknown theme");
  }
}
