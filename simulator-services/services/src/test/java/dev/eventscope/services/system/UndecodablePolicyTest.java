package dev.eventscope.services.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.system.EventSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndecodablePolicyTest {
  @Test
  void the_outbox_passes_undecodable_events_by_default_and_holds_at_them_when_asked() {
    try (EventSystem passing = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());
         EventSystem holding = OrderFulfilmentSystem.start(SystemSettings.inMemory().withStopAtUndecodable(true), List.of())) {
      assertThat(passing.dispatcher().stopsAtUndecodable()).isFalse();
      assertThat(holding.dispatcher().stopsAtUndecodable()).isTrue();
    }
  }
}
