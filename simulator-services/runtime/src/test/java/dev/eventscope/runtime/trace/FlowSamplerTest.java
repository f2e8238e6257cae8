package dev.eventscope.runtime.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FlowSamplerTest {
  private static final long SECOND = 1_000_000_000L;
  private static final long BUDGET = 1_000;
  private static final List<UUID> FLOWS = flows(20_000);

  private final FlowSampler sampler = new FlowSampler(BUDGET, SECOND, 0);

  @Test
  void under_its_budget_it_keeps_every_flow() {
    sampler.adjust(BUDGET, SECOND);

    assertThat(sampler.keepsOneIn()).isEqualTo(1);
    assertThat(kept()).hasSize(FLOWS.size());
  }

  @Test
  void flooded_it_keeps_one_flow_in_as_many_as_the_rate_is_over_budget_rounded_up_to_a_power_of_two() {
    sampler.adjust(6 * BUDGET, SECOND);

    assertThat(sampler.keepsOneIn()).isEqualTo(8);
    assertThat(kept().size()).isBetween(FLOWS.size() / 8 * 9 / 10, FLOWS.size() / 8 * 11 / 10);
  }

  @Test
  void a_flow_is_kept_or_left_out_whole_and_a_flow_kept_when_flooded_is_kept_when_less_flooded() {
    sampler.adjust(16 * BUDGET, SECOND);
    List<UUID> keptAtSixteen = kept();

    assertThat(kept()).isEqualTo(keptAtSixteen);
    sampler.adjust(16 * BUDGET + BUDGET, 2 * SECOND);
    assertThat(sampler.keepsOneIn()).isEqualTo(8);
    assertThat(kept()).containsAll(keptAtSixteen).hasSizeGreaterThan(keptAtSixteen.size());
  }

  @Test
  void hops_that_did_not_end_ok_are_always_kept() {
    sampler.adjust(1_000 * BUDGET, SECOND);

    for (Outcome outcome : Outcome.values()) {
      if (outcome == Outcome.OK) continue;
      assertThat(FLOWS).allMatch(flow -> sampler.keeps(flow, outcome), outcome.name());
    }
    assertThat(sampler.keeps(null, Outcome.OK)).isTrue();
  }

  @Test
  void once_the_flood_is_over_it_steps_down_one_level_per_window() {
    sampler.adjust(100 * BUDGET, SECOND);
    assertThat(sampler.keepsOneIn()).isEqualTo(128);

    sampler.adjust(100 * BUDGET, 2 * SECOND);
    assertThat(sampler.keepsOneIn()).isEqualTo(64);
    sampler.adjust(100 * BUDGET, 3 * SECOND);
    assertThat(sampler.keepsOneIn()).isEqualTo(32);
  }

  @Test
  void under_budget_it_chooses_again_only_when_a_window_has_passed() {
    sampler.adjust(BUDGET / 2, SECOND / 2);

    assertThat(sampler.keepsOneIn()).isEqualTo(1);
  }

  @Test
  void a_window_that_has_had_more_than_its_share_raises_the_level_before_it_ends() {
    sampler.adjust(100 * BUDGET, SECOND / 10);

    assertThat(sampler.keepsOneIn()).isEqualTo(1024);
  }

  @Test
  void with_no_budget_it_never_samples() {
    FlowSampler unbounded = new FlowSampler(0, SECOND, 0);
    unbounded.adjust(Long.MAX_VALUE / 2, SECOND);

    assertThat(unbounded.keepsOneIn()).isEqualTo(1);
  }

  private List<UUID> kept() {
    List<UUID> kept = new ArrayList<>();
    for (UUID flow : FLOWS) if (sampler.keeps(flow, Outcome.OK)) kept.add(flow);
    return kept;
  }

  private static List<UUID> flows(int count) {
    Random random = new Random(7);
    List<UUID> flows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) flows.add(new UUID(random.nextLong(), random.nextLong()));
    return flows;
  }
}
