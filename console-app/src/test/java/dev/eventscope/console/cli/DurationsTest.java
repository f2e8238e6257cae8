package dev.eventscope.console.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({"500ms,500", "0ms,0", "1s,1000", "45s,45000", "2m,120000", "1h,3600000", " 3s ,3000"})
  void reads_a_whole_number_with_a_unit(String text, long millis) {
    assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "500", "1.5s", "-1s", "1 s", "1sec", "2M", "5x", "ms", "PT5S", "1m30s"})
  void rejects_anything_else_and_says_what_it_expects(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("like 500ms, 1s or 2m");
  }

  @Test
  void rejects_a_duration_too_long_to_represent() {
    assertThatThrownBy(() -> Durations.parse("99999999999999999999h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too long");
    assertThatThrownBy(() -> Durations.parse("9223372036854775807h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too long");
  }

  @Test
  void formats_in_the_form_it_reads() {
    assertThat(Durations.format(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(Durations.format(Duration.ofMinutes(5))).isEqualTo("5m");
    assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2h");
    assertThat(Durations.parse(Durations.format(Duration.ofMillis(1500)))).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void a_bad_timeout_on_the_command_line_is_a_usage_error_naming_the_option(@TempDir Path home) {
    CliRun cli = new CliRun(home);

    int exit = cli.run("simulate", "--timeout", "5x");

    assertThat(exit).isEqualTo(2);
    assertThat(cli.errLines()).singleElement().asString()
        .startsWith("eventscope: ")
        .contains("--timeout")
        .contains("'5x' is not a duration");
  }
}
