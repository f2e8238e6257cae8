package dev.eventscope.services.scenario;

import java.util.random.RandomGenerator;

/**
 * How many customers (or SKUs) there are and how unevenly they are picked: {@code skew} 0 picks
 * uniformly; higher values make the first ones more popular (index = count * u^(1+skew)).
 */
public record Population(int count, double skew) {
  public static final Population CUSTOMERS = new Population(50, 1);
  public static final Population SKUS = new Population(20, 1);

  public Population {
    if (count < 1) throw new IllegalArgumentException("'count' must be at least 1, got " + count);
    if (!(skew >= 0 && skew <= 10)) throw new IllegalArgumentException("'skew' must be between 0 and 10, got " + skew);
  }

  public int pick(RandomGenerator random) {
    return (int) Math.min(count - 1, Math.floor(count * Math.pow(random.nextDouble(), 1 + skew)));
  }
}
