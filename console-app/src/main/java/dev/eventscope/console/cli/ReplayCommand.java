package dev.eventscope.console.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.EventBus;
import dev.eventscope.runtime.replay.BusTarget;
import dev.eventscope.runtime.replay.ReplayJob;
import dev.eventscope.runtime.replay.ReplayReport;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.replay.ReplaySpeed;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreBackends;
import dev.eventscope.runtime.store.StoreUnavailableException;
import dev.eventscope.runtime.store.embedded.EmbeddedBackend;
import dev.eventscope.runtime.store.mongo.MongoBackend;
import dev.eventscope.runtime.store.mongo.MongoStoreOptions;
import dev.eventscope.runtime.store.mongo.MongoUris;
import dev.eventscope.services.replay.AuditedReplay;
import dev.eventscope.services.replay.PreparedReplay;
import dev.eventscope.services.replay.ReplayAudit;
import dev.eventscope.services.replay.ReplayHost;
import dev.eventscope.services.replay.ReplayTargetChoice;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eventscope replay}: replays stored events into projections (a safe rebuild) or handlers. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Replays stored events into projections (a safe rebuild) or handlers.",
    description = {
      "Selects stored events (filters combine; none = every event) and replays them, marked replay=true, to a target.",
      "projections[:a,b] rebuilds read models into shadow copies, compares them with the live ones and swaps them in "
          + "when complete (a filtered selection is applied to the live projections in place instead).",
      "handlers:a,b replays into named handlers; handlers with outside effects (e-mail, payments) skip replayed events.",
      "bus re-publishes to the --bus broker, where every subscriber gets the events again; it needs --yes.",
      "--dry-run opens the store read-only, counts and lists, and leaves the data folder byte-identical.",
      "--source STORE reads the events from another store (read-only, left unmodified) and rebuilds the projections "
          + "kept in the --store MongoDB from them.",
      "Every replay (dry runs too) is recorded in the audit log replay-audit.jsonl in the per-user state folder "
          + "($XDG_STATE_HOME/eventscope, ~/.local/state/eventscope): one JSON line when it starts, one when it ends.",
      "Exit code 1 when a rebuilt read model differs from the live one."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope replay --store embedded --data d --target projections --report r.json",
      "  eventscope replay --data d --target projections --dry-run --type OrderPlaced,OrderRejected",
      "  eventscope replay --data d --target handlers:notifications --correlation <uuid> --speed 2x",
      "  eventscope replay --data d --target bus --bus kafka --from-position 1000 --to-position 2000 --yes",
      "  eventscope replay --source embedded --source-data d --store mongodb://db:27017/reads --target projections"
    })
public final class ReplayCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin StoreOption store;
  @Mixin DataOption data;
  @Mixin SourceOptions source;
  @Mixin BusOption bus;

  @Option(names = "--target", required = true, paramLabel = "TARGET",
      description = "projections, projections:a,b, handlers:a,b or bus.")
  String target;

  @Mixin SelectionOptions filters;

  @Option(names = "--speed", paramLabel = "SPEED", defaultValue = "max",
      description = "max, or a factor of the original timing like 2x or 0.5x (default ${DEFAULT-VALUE}).")
  String speed;

  @Option(names = "--dry-run", description = "Only count and list what would be replayed; the store is opened read-only.")
  boolean dryRun;

  @Option(names = "--list", paramLabel = "N", defaultValue = "20", description = "Dry run: how many events to list (default ${DEFAULT-VALUE}).")
  int list;

  @Option(names = "--yes", description = "Confirm a replay that re-publishes to the bus.")
  boolean yes;

  @Option(names = "--job", paramLabel = "ID",
      description = "Name the replay: its checkpoint is kept in the store, and a crashed replay run again with the same id resumes there.")
  String job;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the JSON report here.")
  Path report;

  /** Whether the audit log has this replay's started line (else a failure is recorded on its own). */
  private boolean auditStarted;

  /** Counted down once the report is out, so a Ctrl-C lets a cancelled replay still report. */
  private final CountDownLatch reported = new CountDownLatch(1);

  public ReplayCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try {
      return replayAndReport();
    } finally {
      reported.countDown();
    }
  }

  private Integer replayAndReport() {
    ReportFiles.requireWritable("--report", report);
    ReplaySelection selection = selection();
    ReplaySpeed pace = parseSpeed();
    String storeName = store.resolve(context, StoreOption.EMBEDDED);
    Path dataDir = storeName.equals(StoreOption.EMBEDDED) ? data.resolve(context) : null;
    ReplayTargetChoice chosen = parseTarget();
    String busName = bus.resolve();
    String sourceName = source.given() ? source.store() : null;
    Path sourceDir = source.given() ? source.dataDir(sourceName) : null;
    if (sourceName != null) source.check(chosen, sourceName, storeName, job);
    if (chosen.kind() == ReplayTargetChoice.Kind.BUS && !dryRun) {
      if (!yes) throw new UsageException("re-publishing to the bus reaches every subscriber: add --yes to confirm (or try --dry-run first)");
      if (busName.equals(BusOption.MEMORY)) {
        throw new UsageException("the memory bus lives inside one process, so re-publishing to it from here reaches nobody: "
            + "use --bus kafka, rabbitmq or redis");
      }
    }
    ReplayReport result;
    try {
      if (dryRun) {
        result = sourceName == null ? dryRun(storeName, dataDir, selection, pace) : dryRun(sourceName, sourceDir, selection, pace);
      } else if (sourceName != null) {
        result = fromSource(sourceName, sourceDir, storeName, selection, pace, chosen);
      } else if (chosen.kind() == ReplayTargetChoice.Kind.BUS) {
        result = republish(storeName, dataDir, selection, pace, busName);
      } else {
        result = replay(storeName, dataDir, selection, pace, chosen);
      }
    } catch (RuntimeException e) {
      // A replay that never got going (a store out of reach) is still an attempt operators want on record.
      if (!auditStarted) {
        audit().failedToStart(audited(describe(storeName, dataDir), sourceName == null ? null : describe(sourceName, sourceDir),
            selection, List.of(target), pace), e);
      }
      throw e;
    }
    new ReplaySummary(context.out()).print(result);
    if (sourceName != null && !dryRun && result.completed() && result.rebuiltEqualsOriginal() == null && selection.everything()) {
      context.out().println(result.selected() == 0 ? "the source gave no events: the target's read models were left as they were"
          : "rebuilt read models: the target had none before, so there was nothing to compare with");
    }
    if (report != null) {
      Object written = sourceName == null ? result : withSource(result, sourceName, sourceDir, storeName);
      Json.write(report, UriMasking.mask(Json.pretty(written)));
      context.out().println("report       " + report);
    }
    context.out().println("audit log    " + audit().file());
    context.out().flush();
    return Boolean.FALSE.equals(result.rebuiltEqualsOriginal()) ? Cli.CHECK_FAILED : Cli.OK;
  }

  /** The report of a replay from another store: which store was read and which one's read models were rebuilt. */
  private Object withSource(ReplayReport result, String sourceName, Path sourceDir, String storeName) {
    ObjectNode tree = Json.tree(result);
    tree.put("source", describe(sourceName, sourceDir));
    tree.put("store", describe(storeName, null));
    if (!dryRun && result.completed() && result.selected() > 0 && result.rebuiltEqualsOriginal() == null
        && result.mismatches().isEmpty()) {
      tree.put("targetHadReadModels", false);
    } else if (!dryRun && result.rebuiltEqualsOriginal() != null) {
      tree.put("targetHadReadModels", true);
    }
    return tree;
  }

  private static StoreBackend openSource(String sourceName, Path sourceDir) {
    try {
      return ReadOnlyStores.open(sourceName, sourceDir);
    } catch (StoreUnavailableException e) {
      throw new UsageException("the --source store is not reachable: " + Cli.firstLine(e.getMessage()));
    }
  }

  private ReplayReport audited(String id, AuditedReplay what, Supplier<ReplayReport> run) {
    auditStarted = true;
    return audit().around(id, what, run);
  }

  private ReplayAudit audit() {
    return ReplayAudit.at(context.dirs().state().resolve(ReplayAudit.FILE_NAME));
  }

  private AuditedReplay audited(String storeDescription, String sourceDescription, ReplaySelection selection, List<String> targets,
      ReplaySpeed pace) {
    return new AuditedReplay(ReplayAudit.CLI, storeDescription, sourceDescription, selection, targets, pace.toString(), dryRun);
  }

  private ReplaySelection selection() {
    if (list < 0) throw new UsageException("--list must be 0 or more");
    return filters.selection();
  }

  private ReplaySpeed parseSpeed() {
    try {
      return ReplaySpeed.parse(speed);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--speed: " + e.getMessage());
    }
  }

  private ReplayReport dryRun(String storeName, Path dataDir, ReplaySelection selection, ReplaySpeed pace) {
    context.out().printf("dry run on %s: counting (read-only)%n", describe(storeName, dataDir));
    context.out().flush();
    try (StoreBackend backend = ReadOnlyStores.open(storeName, dataDir)) {
      AuditedReplay what = audited(backend.events().describe(), null, selection, List.of(target), pace);
      return audited(null, what, () -> ReplayJob.dryRun(backend.events(), selection, list));
    }
  }

  /** Read-only source mode: the source's events rebuild the target MongoDB's projections; the source is only read. */
  private ReplayReport fromSource(String sourceName, Path sourceDir, String storeName, ReplaySelection selection, ReplaySpeed pace,
      ReplayTargetChoice chosen) {
    if (sourceDir != null && !Files.exists(sourceDir.resolve(EmbeddedBackend.FILE_NAME))) {
      throw new UsageException("no embedded store in " + sourceDir + " (--source-data)");
    }
    context.out().printf("reading events from %s (read-only)%n", describe(sourceName, sourceDir));
    context.out().flush();
    try (StoreBackend from = openSource(sourceName, sourceDir)) {
      context.out().printf("starting the system on %s (its read models are the ones rebuilt)%n", describe(storeName, null));
      context.out().flush();
      try (ReplayHost host = ReplayHost.open(SystemSettings.of(storeName, null, "memory"))) {
        PreparedReplay prepared;
        try {
          prepared = PreparedReplay.fromSource(host, from.events(), chosen, selection, pace);
        } catch (IllegalArgumentException e) {
          throw new UsageException(e.getMessage());
        }
        context.out().printf("rebuilding %s of %s at speed %s%n", target, describe(storeName, null), pace);
        context.out().flush();
        AuditedReplay what = audited(host.system().backend().events().describe(), from.events().describe(), selection,
            prepared.job().targetNames(), pace);
        return audited(prepared.job().id(), what, () -> cancellable(prepared.job(), prepared::run));
      }
    }
  }

  private ReplayReport replay(String storeName, Path dataDir, ReplaySelection selection, ReplaySpeed pace, ReplayTargetChoice chosen) {
    if (dataDir != null && !Files.exists(dataDir.resolve(EmbeddedBackend.FILE_NAME))) {
      throw new UsageException("no embedded store in " + dataDir + " (run 'eventscope simulate --store embedded --data "
          + dataDir + "' first, or pass --data)");
    }
    context.out().printf("starting the system on %s (its read models as a run has them)%n", describe(storeName, dataDir));
    context.out().flush();
    long starting = System.nanoTime();
    try (ReplayHost host = ReplayHost.open(SystemSettings.of(storeName, dataDir, "memory"))) {
      context.out().printf("started in %.1f s%n", (System.nanoTime() - starting) / 1e9);
      var checkpoints = job == null ? null : host.system().backend().checkpoints();
      PreparedReplay prepared;
      try {
        prepared = PreparedReplay.on(host, chosen, selection, pace, checkpoints, job);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      context.out().printf("replaying to %s at speed %s%n", target, pace);
      context.out().flush();
      AuditedReplay what = audited(host.system().backend().events().describe(), null, selection, prepared.job().targetNames(), pace);
      return audited(prepared.job().id(), what, () -> cancellable(prepared.job(), prepared::run));
    }
  }

  /** Reads the store (read-only unless a --job checkpoint must be kept) and publishes to the broker. */
  private ReplayReport republish(String storeName, Path dataDir, ReplaySelection selection, ReplaySpeed pace, String busName) {
    context.out().printf("re-publishing from %s to the %s bus at speed %s%n", describe(storeName, dataDir), busName, pace);
    context.out().flush();
    try (StoreBackend backend = job == null ? ReadOnlyStores.open(storeName, dataDir) : openForJob(storeName, dataDir);
        EventBus target = OrderFulfilmentSystem.bus(busName, bus.settings(context))) {
      ReplayJob replayJob = new ReplayJob(job, backend.events(), selection, List.of(new BusTarget(target)), pace,
          job == null ? null : backend.checkpoints());
      AuditedReplay what = audited(backend.events().describe(), null, selection, replayJob.targetNames(), pace);
      ReplayReport result = audited(replayJob.id(), what, () -> cancellable(replayJob, replayJob::run));
      if (!target.drain(Duration.ofSeconds(30))) context.err().println("eventscope: the broker had not confirmed everything after 30 s");
      return result;
    }
  }

  /**
   * Runs with a progress bar (and, on a terminal, keys to pause, step and cancel); Ctrl-C cancels the job (a rebuild then drops its shadow copies and
   * leaves the live read models as they were) and waits briefly for the report to be written.
   */
  private ReplayReport cancellable(ReplayJob replayJob, Supplier<ReplayReport> run) {
    boolean interactive = context.terminal().interactive();
    ReplayKeys keys = ReplayKeys.listen(replayJob, System.in, interactive);
    Thread onInterrupt = new Thread(() -> {
      replayJob.cancel();
      keys.close();
      try {
        reported.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "eventscope-replay-cancel");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    if (interactive) context.err().println(ReplayKeys.HINT);
    try (keys; ReplayProgressBar bar = new ReplayProgressBar(replayJob, context.err(), interactive)) {
      return run.get();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // The hook is already running: it returns once the report is out.
      }
    }
  }

  private static StoreBackend openForJob(String storeName, Path dataDir) {
    if (dataDir != null && !Files.exists(dataDir.resolve(EmbeddedBackend.FILE_NAME))) {
      throw new UsageException("no embedded store in " + dataDir);
    }
    return StoreBackends.open(storeName, dataDir, new JsonCodec(OrderFulfilmentContracts.registry()));
  }

  /** A MongoDB store as hosts, database and collection prefix (options may carry secrets); others as named. */
  private static String describe(String storeName, Path dataDir) {
    if (dataDir != null) return storeName + " (" + dataDir + ")";
    if (!storeName.startsWith("mongodb")) return UriMasking.mask(storeName);
    String prefix = MongoStoreOptions.prefix(storeName);
    return MongoUris.describe(storeName, MongoUris.database(storeName, MongoBackend.DEFAULT_DATABASE))
        + (prefix.isEmpty() ? "" : " (collections " + prefix + "*)");
  }

  private ReplayTargetChoice parseTarget() {
    try {
      return ReplayTargetChoice.parse(target);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage().replace("handlers:a,b", "--target handlers:a,b"));
    }
  }
}
