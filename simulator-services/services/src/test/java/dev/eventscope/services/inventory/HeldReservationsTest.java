package dev.eventscope.services.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.services.inventory.domain.HeldReservations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HeldReservationsTest {
  @Test
  void random_reserves_changes_and_releases_agree_with_a_plain_map_at_every_step() {
    Random random = new Random(11);
    List<UUID> orders = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) orders.add(new UUID(random.nextLong(), random.nextLong()));
    Map<UUID, Integer> expected = new HashMap<>();
    HeldReservations held = HeldReservations.none();

    for (int step = 0; step < 30_000; step++) {
      UUID order = orders.get(random.nextInt(orders.size()));
      if (random.nextInt(3) == 0) {
        expected.remove(order);
        held = held.without(order);
      } else {
        int quantity = 1 + random.nextInt(9);
        expected.put(order, quantity);
        held = held.with(order, quantity);
      }
      assertThat(held.of(order)).isEqualTo(expected.get(order));
      assertThat(held.size()).isEqualTo(expected.size());
    }
    assertThat(held.asMap()).isEqualTo(expected);
    assertThat(held.total()).isEqualTo(expected.values().stream().mapToLong(Integer::longValue).sum());
  }

  @Test
  void an_earlier_version_is_left_as_it_was() {
    UUID first = UUID.randomUUID();
    HeldReservations one = HeldReservations.none().with(first, 2);
    HeldReservations two = one.with(UUID.randomUUID(), 3);

    assertThat(two.without(first).size()).isEqualTo(1);
    assertThat(one.asMap()).containsExactly(Map.entry(first, 2));
    assertThat(two.total()).isEqualTo(5);
  }

  @Test
  void orders_whose_ids_hash_alike_are_kept_apart() {
    // UUID.hashCode folds msb ^ lsb: these ids all hash the same.
    List<UUID> alike = List.of(new UUID(1, 6), new UUID(2, 5), new UUID(3, 4), new UUID(7, 0));
    HeldReservations held = HeldReservations.none();
    for (int i = 0; i < alike.size(); i++) held = held.with(alike.get(i), i + 1);

    assertThat(alike).extracting(held::of).containsExactly(1, 2, 3, 4);
    held = held.without(alike.get(1)).with(alike.get(2), 9);
    assertThat(held.of(alike.get(1))).isNull();
    assertThat(held.asMap()).containsOnly(Map.entry(alike.get(0), 1), Map.entry(alike.get(2), 9), Map.entry(alike.get(3), 4));
    assertThat(held.total()).isEqualTo(14);
  }

  @Test
  void shows_at_most_ten_reservations_and_how_many_more() {
    HeldReservations held = HeldReservations.none();
    for (int i = 0; i < 25; i++) held = held.with(new UUID(0, i), 1);

    assertThat(held.toString()).contains("… 15 more").startsWith("{");
  }
}
