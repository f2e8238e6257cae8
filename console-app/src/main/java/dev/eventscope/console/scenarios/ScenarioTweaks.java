package dev.eventscope.console.scenarios;

import dev.eventscope.services.scenario.Expectations;
import dev.eventscope.services.scenario.LoadProfile;
import dev.eventscope.services.scenario.Scenario;

/**
 * What a trainer may change before the start: how many orders, how fast (null keeps the
 * scenario's own load profile), which seed. Fewer orders than the file says scale the "at least"
 * expectations down with them, so a shorter run of a story can still pass.
 */
record ScenarioTweaks(int orders, Double rate, long seed) {
  ScenarioTweaks {
    if (orders < 1) throw new IllegalArgumentException("orders must be at least 1, got " + orders);
    if (rate != null && !(rate > 0)) throw new IllegalArgumentException("the rate must be positive, got " + rate);
  }

  /** The scenario as written: its orders (or a guess from duration and peak rate), no rate override, its seed. */
  static ScenarioTweaks of(Scenario scenario) {
    return new ScenarioTweaks(writtenOrders(scenario), null, scenario.seed());
  }

  Scenario applyTo(Scenario scenario) {
    Scenario tweaked = scenario.withSeed(seed);
    if (rate != null) tweaked = tweaked.withLoad(LoadProfile.constant(rate));
    if (scenario.orders() == null || orders != scenario.orders()) {
      tweaked = tweaked.withOrders(orders);
      tweaked = withExpect(tweaked, scaled(scenario.expect(), Math.min(1.0, (double) orders / writtenOrders(scenario))));
    }
    return tweaked;
  }

  private static int writtenOrders(Scenario scenario) {
    if (scenario.orders() != null) return scenario.orders();
    double peak = scenario.load().peakRate();
    return (int) Math.max(1, Math.round(peak * scenario.duration().toMillis() / 1_000.0));
  }

  private static Expectations scaled(Expectations expect, double factor) {
    return new Expectations(expect.allOrdersFinal(), expect.finalWithin(), expect.maxLost(), expect.maxAppliedTwice(), expect.consistent(),
        expect.maxDeadLetters(), scale(expect.minDeadLettered(), factor), scale(expect.minConfirmed(), factor),
        scale(expect.minRejected(), factor), scale(expect.minCompensations(), factor), scale(expect.minDuplicatesAbsorbed(), factor));
  }

  private static Long scale(Long minimum, double factor) {
    // Rounded down, but a story that promises "at least one" keeps promising one.
    return minimum == null ? null : Math.max(Math.min(1, minimum), (long) Math.floor(minimum * factor));
  }

  private static Scenario withExpect(Scenario s, Expectations expect) {
    return new Scenario(s.name(), s.title(), s.description(), s.seed(), s.orders(), s.duration(), s.load(), s.customers(), s.skus(),
        s.stockPerSku(), s.faults(), s.timeline(), expect);
  }
}
