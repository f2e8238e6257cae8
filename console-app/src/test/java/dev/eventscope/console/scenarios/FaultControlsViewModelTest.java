package dev.eventscope.console.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.runtime.fault.FaultSettings;
import dev.eventscope.runtime.fault.Faults;
import dev.eventscope.runtime.fault.Latency;
import org.junit.jupiter.api.Test;

class FaultControlsViewModelTest {
  private final Faults faults = new Faults();
  private final FaultControlsViewModel viewModel = new FaultControlsViewModel(faults, UiExecutor.immediate());

  @Test
  void a_slider_change_acts_on_the_system_at_once() {
    viewModel.paymentDeclineRateProperty().set(0.25);
    viewModel.dropRateProperty().set(0.1);
    viewModel.latencyMsProperty().set(40);
    viewModel.handlerExceptionRateProperty().set(0.05);
    viewModel.outageProperty().set(true);

    FaultSettings settings = faults.settings();
    assertThat(settings.paymentDeclineRate()).isEqualTo(0.25);
    assertThat(settings.bus().dropRate()).isEqualTo(0.1);
    assertThat(settings.bus().latency()).isEqualTo(Latency.fixed(40));
    assertThat(settings.handler("fulfilment").exceptionRate()).isEqualTo(0.05);
    assertThat(settings.outage()).isTrue();
    assertThat(viewModel.summaryProperty().get()).isEqualTo("broker down");
  }

  @Test
  void shows_what_a_scenario_switches_on_and_clear_switches_everything_off() {
    faults.update(f -> f.withStockShortageRate(0.2).withBus(f.bus().withDuplicateRate(0.3)).withSlowProjectionMs(120));

    assertThat(viewModel.stockShortageRateProperty().get()).isEqualTo(0.2);
    assertThat(viewModel.duplicateRateProperty().get()).isEqualTo(0.3);
    assertThat(viewModel.slowProjectionMsProperty().get()).isEqualTo(120);
    assertThat(viewModel.summaryProperty().get()).isEqualTo("faults on");

    viewModel.clearAll();

    assertThat(faults.settings()).isEqualTo(FaultSettings.NONE);
    assertThat(viewModel.stockShortageRateProperty().get()).isZero();
    assertThat(viewModel.duplicateRateProperty().get()).isZero();
    assertThat(viewModel.summaryProperty().get()).isEqualTo("no faults");
  }
}
