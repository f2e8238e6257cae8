package dev.eventscope.services.scenario;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * A simulation that tells a story: who orders what and how fast, which faults strike when, and
 * what must hold at the end. Read from YAML by {@link ScenarioLoader}; the format is documented
 * in {@code scenarios/README.md}.
 *
 * @param orders how many orders to place (the run also stops at {@code duration}, whichever comes first)
 * @param stockPerSku the initial stock of every SKU; null = enough for every order
 */
public record Scenario(
    String name,
    String title,
    String description,
    long seed,
    Integer orders,
    Duration duration,
    LoadProfile load,
    Population customers,
    Population skus,
    Integer stockPerSku,
    ScenarioFaults faults,
    List<TimelineStep> timeline,
    Expectations expect) {
  /** Beyond any stock a scenario sets: orders that ask for this much can never be served. */
  public static final int MAX_STOCK_PER_SKU = 500_000;

  public Scenario {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("a scenario needs a 'name'");
    if (description == null || description.isBlank()) throw new IllegalArgumentException("a scenario needs a 'description' for its audience");
    if (title == null || title.isBlank()) title = name;
    if (orders == null && duration == null) throw new IllegalArgumentException("a scenario needs 'orders' or 'duration' (or both)");
    if (orders != null && orders < 1) throw new IllegalArgumentException("'orders' must be at least 1, got " + orders);
    if (duration != null && (duration.isZero() || duration.isNegative())) throw new IllegalArgumentException("'duration' must be positive");
    if (load == null) load = LoadProfile.AS_FAST_AS_POSSIBLE;
    if (orders == null && load.peakRate() == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("a scenario that runs for a 'duration' needs a load with a rate");
    }
    if (customers == null) customers = Population.CUSTOMERS;
    if (skus == null) skus = Population.SKUS;
    if (stockPerSku != null && (stockPerSku < 0 || stockPerSku > MAX_STOCK_PER_SKU)) {
      throw new IllegalArgumentException("'stockPerSku' must be between 0 and " + MAX_STOCK_PER_SKU + ", got " + stockPerSku);
    }
    if (faults == null) faults = ScenarioFaults.NONE;
    timeline = timeline == null ? List.of() : timeline.stream().sorted(Comparator.comparing(TimelineStep::at)).toList();
    if (expect == null) expect = Expectations.DEFAULT;
  }

  public Scenario withOrders(Integer value) {
    return new Scenario(name, title, description, seed, value, duration, load, customers, skus, stockPerSku, faults, timeline, expect);
  }

  /** Runs for {@code value} and places as many orders as the load asks for in that time. */
  public Scenario withDuration(Duration value) {
    return new Scenario(name, title, description, seed, null, value, load, customers, skus, stockPerSku, faults, timeline, expect);
  }

  public Scenario withSeed(long value) {
    return new Scenario(name, title, description, value, orders, duration, load, customers, skus, stockPerSku, faults, timeline, expect);
  }

  public Scenario withLoad(LoadProfile value) {
    return new Scenario(name, title, description, seed, orders, duration, value, customers, skus, stockPerSku, faults, timeline, expect);
  }

  public Scenario withFaults(ScenarioFaults value) {
    return new Scenario(name, title, description, seed, orders, duration, load, customers, skus, stockPerSku, value, timeline, expect);
  }
}
