package dev.eventscope.console.bus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** On a real in-memory system: switching memory to memory is a real pause, drain, switch and resume. */
class BusViewModelTest {
  private final EventSystem system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of());

  @AfterEach
  void close() {
    system.close();
  }

  private BusViewModel model(java.util.function.Function<String, EventBus> buses) {
    BusViewModel model = new BusViewModel(system, buses, Runnable::run, UiExecutor.immediate());
    Runnable ui = model.onTick(10_000);
    if (ui != null) ui.run();
    return model;
  }

  @Test
  void shows_the_current_strategy_and_its_health() {
    BusViewModel model = model(OrderFulfilmentSystem::bus);

    assertThat(model.healthProperty().get().strategy()).isEqualTo("memory");
    assertThat(model.healthProperty().get().healthy()).isTrue();
  }

  @Test
  void a_switch_ends_resumed_with_its_drain_time_and_lands_in_the_history() {
    BusViewModel model = model(OrderFulfilmentSystem::bus);

    model.switchTo("memory");

    assertThat(model.stageProperty().get()).isEqualTo(SwitchStage.RESUMED);
    assertThat(model.progressProperty().get()).startsWith("Resumed on memory — drained memory in ").endsWith(" ms");
    assertThat(model.history()).hasSize(1);
    assertThat(model.history().get(0).from()).isEqualTo("memory");
    assertThat(system.dispatcher().paused()).isFalse();
  }

  @Test
  void an_unavailable_strategy_shows_its_error_and_leaves_the_bus_alone() {
    BusViewModel model = model(name -> {
      throw new IllegalArgumentException("unknown bus strategy '" + name + "': use memory, rabbitmq or redis");
    });

    model.switchTo("kafka");

    assertThat(model.stageProperty().get()).isEqualTo(SwitchStage.FAILED);
    assertThat(model.errorProperty().get()).isEqualTo("kafka: unknown bus strategy 'kafka': use memory, rabbitmq or redis");
    assertThat(system.busSwitches()).isEmpty();
    assertThat(system.dispatcher().paused()).isFalse();
  }
}
