package dev.eventscope.console.fleet;

import dev.eventscope.services.fleet.FleetService;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many processes each service gets: one, unless {@code --scale SERVICE=N} says otherwise. */
public final class Scale {
  /** More than this many processes of one service on one machine is a typo, not a plan. */
  public static final int MAX = 16;

  private final Map<FleetService, Integer> counts;

  private Scale(Map<FleetService, Integer> counts) {
    this.counts = counts;
  }

  public static Scale none() {
    return new Scale(new EnumMap<>(FleetService.class));
  }

  /**
   * Reads {@code SERVICE=N} entries, like {@code inventory=2}.
   *
   * @throws IllegalArgumentException saying which entry is wrong and how
   */
  public static Scale parse(List<String> entries) {
    Map<FleetService, Integer> counts = new EnumMap<>(FleetService.class);
    for (String entry : entries) {
      int equals = entry.indexOf('=');
      if (equals <= 0) throw new IllegalArgumentException("--scale expects SERVICE=N, like inventory=2, got '" + entry + "'");
      FleetService service;
      try {
        service = FleetService.parse(List.of(entry.substring(0, equals))).get(0);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--scale " + entry + ": " + e.getMessage(), e);
      }
      int count = count(entry, entry.substring(equals + 1).strip());
      if (counts.put(service, count) != null) {
        throw new IllegalArgumentException("--scale names " + service.serviceName() + " twice");
      }
    }
    return new Scale(counts);
  }

  private static int count(String entry, String number) {
    int count;
    try {
      count = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--scale " + entry + ": N must be a whole number from 1 to " + MAX);
    }
    if (count < 1 || count > MAX) throw new IllegalArgumentException("--scale " + entry + ": N must be from 1 to " + MAX);
    return count;
  }

  /** The number of processes for {@code service}. */
  public int of(FleetService service) {
    return counts.getOrDefault(service, 1);
  }
}
