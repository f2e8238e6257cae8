package dev.eventscope.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleLauncherTest {

  @Test
  void a_machine_without_gtk_is_told_what_to_install() {
    UnsupportedOperationException javafx = new UnsupportedOperationException("Unable to load glass GTK library.");

    RuntimeException told = ConsoleLauncher.explained(javafx);

    assertThat(told).hasMessageContaining("needs GTK 3").hasMessageContaining("apt-get install libgtk-3-0").hasCause(javafx);
  }

  @Test
  void other_failures_pass_unchanged() {
    UnsupportedOperationException other = new UnsupportedOperationException("something else");

    assertThat(ConsoleLauncher.explained(other)).isSameAs(other);
  }
}
