package dev.eventscope.console.cli;

import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.services.replay.AggregateHistory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eventscope inspect <aggregate-id>}: an aggregate's events and its state at any version. */
@Command(
    name = "inspect",
    sortOptions = false,
    header = "Shows an aggregate's events and its state at any version.",
    description = {
      "Prints every event of one aggregate's stream (version, type, time, payload JSON), then its state as the events "
          + "up to --version make it. The embedded store is opened read-only."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope inspect 0f8c2a4e-1b7d-4c1e-9a55-3f1d2e6b7c80 --data d",
      "  eventscope inspect SKU-1 --data d --version 3"
    })
public final class InspectCommand implements Callable<Integer> {
  private final CliContext context;

  // Not mixinStandardHelpOptions: its --version would clash with the aggregate version below, and
  // picocli then drops --help too.
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "AGGREGATE-ID", description = "The aggregate's id (an order id, a SKU, …).")
  String aggregateId;

  @Option(names = "--version", paramLabel = "N", description = "Show the state at this version (default: the last).")
  Long version;

  @Mixin StoreOption store;
  @Mixin DataOption data;

  public InspectCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (version != null && version < 0) throw new UsageException("--version must be 0 or more, was " + version);
    String storeName = store.resolve(context, StoreOption.EMBEDDED);
    Path dataDir = storeName.equals(StoreOption.EMBEDDED) ? data.resolve(context) : null;
    try (StoreBackend backend = ReadOnlyStores.open(storeName, dataDir)) {
      AggregateHistory history = AggregateHistory.load(backend.events(), aggregateId, version)
          .orElseThrow(() -> new UsageException("no events for aggregate '" + aggregateId + "' in " + backend.events().describe()));
      var out = context.out();
      out.printf("%s %s: %d events%n", history.aggregateType(), history.aggregateId(), history.events().size());
      for (StoredEvent event : history.events()) {
        String marker = event.undecodable() ? "  UNDECODABLE: " + event.undecodableReason()
            : version != null && event.version() > version ? "  (after the version shown)" : "";
        out.printf("v%-4d %-22s %s  #%d%s%n      %s%n", event.version(), event.type(), event.envelope().occurredAt(),
            event.position(), marker, Json.line(event.payload()));
      }
      out.printf("state at v%d:%n  %s%n", history.version(), history.state());
      if (history.stateNote() != null) out.printf("  (%s)%n", history.stateNote());
      out.flush();
      return Cli.OK;
    }
  }
}
