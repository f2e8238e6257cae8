package dev.eventscope.console.cli;

import dev.eventscope.runtime.store.mongo.MongoBackend;
import dev.eventscope.runtime.store.mongo.MongoStoreOptions;
import dev.eventscope.runtime.store.mongo.MongoUris;
import dev.eventscope.services.replay.ReplayTargetChoice;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --source STORE [--source-data DIR]}: read-only source mode. The events come from another
 * store, opened read-only and left unmodified, and rebuild the read models kept in the
 * {@code --store} MongoDB.
 */
public final class SourceOptions {
  @Option(names = "--source", paramLabel = "STORE",
      description = {"Read the events from this store instead (memory, embedded or a MongoDB connection string), opened read-only "
          + "and left unmodified,", "and rebuild the projections of --store (a MongoDB) from them. Needs --target projections[:a,b]."})
  String source;

  @Option(names = "--source-data", paramLabel = "DIR", description = "The data folder of an embedded --source.")
  Path sourceData;

  boolean given() {
    return source != null;
  }

  /** The source store, validated. */
  String store() {
    return StoreOption.validate(new Resolved(source, Resolved.Source.FLAG, "--source"));
  }

  /** The source's data folder when it is embedded, else null. */
  Path dataDir(String sourceStore) {
    if (!sourceStore.equals(StoreOption.EMBEDDED)) {
      if (sourceData != null) throw new UsageException("--source-data is for an embedded --source only");
      return null;
    }
    if (sourceData == null) throw new UsageException("--source embedded needs --source-data DIR (the source's data folder)");
    return sourceData.toAbsolutePath().normalize();
  }

  /**
   * Refuses what source mode cannot do, each with what is supported.
   *
   * @param targetStore the resolved {@code --store}
   */
  void check(ReplayTargetChoice chosen, String sourceStore, String targetStore, String job) {
    if (chosen.kind() != ReplayTargetChoice.Kind.PROJECTIONS) {
      throw new UsageException("--source replays into projections only: use --target projections or projections:a,b "
          + "(handlers and bus replay the events of --store itself)");
    }
    if (!targetStore.startsWith("mongodb")) {
      throw new UsageException("--source rebuilds the read models kept in a MongoDB --store; the " + targetStore
          + " store keeps none of its own (they are rebuilt from its own events at every start): "
          + "give --store a MongoDB connection string");
    }
    if (sourceStore.startsWith("mongodb") && sameMongo(sourceStore, targetStore)) {
      throw new UsageException("--source and --store are the same database (" + MongoUris.describe(targetStore, database(targetStore))
          + "): name another store as the source, or drop --source to rebuild from the store itself");
    }
    if (job != null) throw new UsageException("--job (a resumable replay) is not supported with --source");
  }

  /** Same hosts, same database and the same collection prefix: the same store. */
  private static boolean sameMongo(String a, String b) {
    String left = MongoUris.describe(a, database(a)).toLowerCase(Locale.ROOT) + " " + MongoStoreOptions.prefix(a);
    String right = MongoUris.describe(b, database(b)).toLowerCase(Locale.ROOT) + " " + MongoStoreOptions.prefix(b);
    return left.equals(right);
  }

  private static String database(String uri) {
    return MongoUris.database(uri, MongoBackend.DEFAULT_DATABASE);
  }
}
