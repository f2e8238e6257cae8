package dev.eventscope.console.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.services.fleet.FleetService;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScaleTest {
  @Test
  void every_service_gets_one_process_unless_scaled() {
    Scale scale = Scale.parse(List.of("inventory=2", " Payments = 3"));
    assertThat(scale.of(FleetService.INVENTORY)).isEqualTo(2);
    assertThat(scale.of(FleetService.PAYMENTS)).isEqualTo(3);
    assertThat(scale.of(FleetService.ORDERS)).isEqualTo(1);
    assertThat(Scale.none().of(FleetService.SHIPPING)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "inventory | --scale expects SERVICE=N, like inventory=2, got 'inventory'",
    "=2 | --scale expects SERVICE=N",
    "warehouse=2 | --scale warehouse=2: unknown service 'warehouse': use orders, inventory",
    "inventory=0 | --scale inventory=0: N must be from 1 to 16",
    "inventory=17 | --scale inventory=17: N must be from 1 to 16",
    "inventory=two | --scale inventory=two: N must be a whole number",
    "inventory= | --scale inventory=: N must be a whole number",
  })
  void a_bad_entry_is_named_with_what_is_wrong(String entry, String message) {
    assertThatThrownBy(() -> Scale.parse(List.of(entry))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @Test
  void naming_a_service_twice_is_an_error() {
    assertThatThrownBy(() -> Scale.parse(List.of("inventory=2", "inventory=3"))).hasMessage("--scale names inventory twice");
  }
}
