package dev.eventscope.console.cli;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreBackends;
import dev.eventscope.runtime.store.StoreUnavailableException;
import dev.eventscope.runtime.store.embedded.EmbeddedBackend;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.store.mongo.MongoBackend;
import java.nio.file.Path;

/**
 * Opens a store only to read it (inspect, a replay's dry run or source, an export): the embedded
 * store read-only, so its data folder stays byte-identical; a MongoDB without creating indexes or
 * touching its counter; a missing one is a usage error.
 */
final class ReadOnlyStores {
  private ReadOnlyStores() {}

  static StoreBackend open(String storeName, Path dataDir) {
    JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());
    if (storeName.equals(StoreOption.MEMORY)) return new InMemoryBackend();
    if (storeName.equals(StoreOption.EMBEDDED)) {
      try {
        return EmbeddedBackend.openReadOnly(dataDir, codec);
      } catch (StoreUnavailableException e) {
        throw new UsageException(Cli.firstLine(e.getMessage()));
      }
    }
    if (storeName.startsWith("mongodb")) return MongoBackend.openReadOnly(storeName, null, codec);
    return StoreBackends.open(storeName, null, codec);
  }
}
