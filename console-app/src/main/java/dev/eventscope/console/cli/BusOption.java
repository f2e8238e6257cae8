package dev.eventscope.console.cli;

import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** {@code --bus}: only the in-memory bus exists so far; the broker names are known but refused clearly. */
public final class BusOption {
  public static final String MEMORY = "memory";
  private static final Set<String> COMING = Set.of("kafka", "rabbitmq", "redis");

  @Option(names = "--bus", paramLabel = "BUS", defaultValue = MEMORY,
      description = "The event bus strategy: memory (default). kafka, rabbitmq and redis are coming.")
  String bus;

  public String resolve() {
    String name = bus == null ? MEMORY : bus.strip().toLowerCase(Locale.ROOT);
    if (name.equals(MEMORY)) return name;
    if (COMING.contains(name)) throw new UsageException("bus strategy " + name + " is not available yet; use --bus memory");
    throw new UsageException("unknown bus strategy '" + bus + "': use memory (kafka, rabbitmq and redis are coming)");
  }
}
