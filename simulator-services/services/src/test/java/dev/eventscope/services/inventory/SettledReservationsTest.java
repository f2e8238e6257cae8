package dev.eventscope.services.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.services.inventory.domain.SettledReservations;
import dev.eventscope.services.inventory.domain.SettledReservations.Settlement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SettledReservationsTest {
  @Test
  void a_sku_sold_for_hours_remembers_its_latest_settlements_and_stays_bounded() {
    List<UUID> orders = new ArrayList<>();
    SettledReservations settled = SettledReservations.none();
    for (int i = 0; i < 20_000; i++) {
      UUID order = UUID.randomUUID();
      orders.add(order);
      settled = settled.with(order, i % 2 == 0 ? Settlement.RELEASED : Settlement.SHIPPED);
      assertThat(settled.size()).isLessThan(2_048);
    }

    assertThat(settled.of(orders.get(19_999))).isEqualTo(Settlement.SHIPPED);
    assertThat(settled.of(orders.get(19_998))).isEqualTo(Settlement.RELEASED);
    assertThat(settled.of(orders.get(20_000 - 1_024))).as("the newest 1,024 are always there").isEqualTo(Settlement.RELEASED);
    assertThat(settled.of(orders.get(0))).as("the oldest are forgotten").isNull();
  }
}
