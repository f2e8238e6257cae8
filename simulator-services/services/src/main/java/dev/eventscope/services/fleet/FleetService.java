package dev.eventscope.services.fleet;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.services.notifications.NotificationsContext;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A deployable service: one or more bounded contexts that run together in a process. The
 * fulfilment saga lives with orders, so {@code orders} runs both.
 */
public enum FleetService {
  ORDERS(OrderFulfilmentContracts.ORDERS, OrderFulfilmentContracts.FULFILMENT),
  INVENTORY(OrderFulfilmentContracts.INVENTORY),
  PAYMENTS(OrderFulfilmentContracts.PAYMENTS),
  SHIPPING(OrderFulfilmentContracts.SHIPPING),
  NOTIFICATIONS(NotificationsContext.NAME);

  private final Set<String> contexts;

  FleetService(String... contexts) {
    this.contexts = Set.copyOf(new LinkedHashSet<>(Arrays.asList(contexts)));
  }

  /** The name on the command line and in the fleet state file: {@code orders}, {@code inventory}… */
  public String serviceName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The bounded contexts this service runs. */
  public Set<String> contexts() {
    return contexts;
  }

  /** Where the service keeps its events and read models on a MongoDB server. */
  public String database() {
    return "eventscope_" + serviceName();
  }

  /**
   * The services named in a comma-separated list, in the order given.
   *
   * @throws IllegalArgumentException naming the unknown service and the known ones
   */
  public static List<FleetService> parse(List<String> names) {
    LinkedHashSet<FleetService> chosen = new LinkedHashSet<>();
    for (String name : names) {
      String trimmed = name.strip().toLowerCase(Locale.ROOT);
      if (trimmed.isEmpty()) continue;
      chosen.add(Arrays.stream(values()).filter(s -> s.serviceName().equals(trimmed)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown service '" + name.strip() + "': use " + allNames())));
    }
    if (chosen.isEmpty()) throw new IllegalArgumentException("name at least one service: " + allNames());
    return List.copyOf(chosen);
  }

  /** The service that owns a bounded context's events and commands. */
  public static FleetService owning(String context) {
    return Arrays.stream(values()).filter(s -> s.contexts.contains(context)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service runs the context '" + context + "'"));
  }

  public static String allNames() {
    return String.join(", ", Arrays.stream(values()).map(FleetService::serviceName).toList());
  }
}
