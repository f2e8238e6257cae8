package dev.eventscope.console.fleet;

import dev.eventscope.services.fleet.FleetState;
import java.nio.file.Path;

/** Where a fleet keeps its things inside the data folder. */
public record FleetFolder(Path data) {
  public Path stateFile() {
    return FleetState.file(data);
  }

  /** One log per child: {@code fleet-logs/kafka.log}, {@code fleet-logs/orders-1.log}… */
  public Path log(String child) {
    return data.resolve("fleet-logs").resolve(child + ".log");
  }

  /** Where the Kafka sandbox keeps its topics. */
  public Path kafka() {
    return data.resolve("fleet-kafka");
  }

}
