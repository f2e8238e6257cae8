package dev.eventscope.services.fleet;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreBackends;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every service's store of a fleet, opened as the fleet state file says (each service its own
 * embedded database, or its own database on the MongoDB server): what a fleet-wide check reads.
 */
public final class FleetStores implements AutoCloseable {
  private final Map<FleetService, StoreBackend> backends = new EnumMap<>(FleetService.class);

  /** The stores of the fleet {@code state} describes, its state file in {@code dataDir}. */
  public FleetStores(FleetState state, Path dataDir) {
    JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());
    try {
      for (FleetService service : FleetService.values()) {
        backends.put(service, StoreBackends.open(state.storeOf(service), FleetState.serviceDataDir(dataDir, service), codec));
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  public StoreBackend backend(FleetService service) {
    return backends.get(service);
  }

  public EventStore events(FleetService service) {
    return backends.get(service).events();
  }

  @Override
  public void close() {
    backends.values().forEach(StoreBackend::close);
  }
}
