package dev.eventscope.console.cli;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.services.transfer.EventExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eventscope export}: stored events (all, or a selection) as JSON Lines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Writes stored events (all, or a selection) as JSON Lines, to share or import elsewhere.",
    description = {
      "One event per line in the wire format (the envelope with its payload and the store position), in position "
          + "order. The embedded store is opened read-only. 'eventscope import' appends such a file to another store.",
      "A selection by type or time can cut streams short; such a file imports only the streams it holds whole."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope export --data d --out run.jsonl",
      "  eventscope export --data d --correlation 01a2… --out one-order.jsonl",
      "  eventscope export --store mongodb://127.0.0.1:27017/eventscope --context orders --out - | jq .type"
    })
public final class ExportCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin StoreOption store;
  @Mixin DataOption data;
  @Mixin SelectionOptions filters;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write; - for standard output.")
  String out;

  public ExportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String storeName = store.resolve(context, StoreOption.EMBEDDED);
    Path dataDir = storeName.equals(StoreOption.EMBEDDED) ? data.resolve(context) : null;
    EventWire wire = new EventWire(new JsonCodec(OrderFulfilmentContracts.registry()));
    boolean toStdout = out.equals("-");
    try (StoreBackend backend = ReadOnlyStores.open(storeName, dataDir); Writer writer = open(toStdout)) {
      EventExport.Result result = EventExport.write(backend.events(), filters.selection(), wire, writer);
      // The summary goes where the data does not.
      var said = toStdout ? context.err() : context.out();
      said.printf("exported %d of %d stored events from %s to %s%n", result.exported(), result.scanned(),
          UriMasking.mask(backend.events().describe()), toStdout ? "standard output" : out);
      if (result.undecodable() > 0) said.printf("not exported: %d stored events that cannot be read (see the log)%n", result.undecodable());
      said.flush();
      return Cli.OK;
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot write " + out + ": " + e.getMessage());
    }
  }

  private Writer open(boolean toStdout) throws IOException {
    if (toStdout) return new NonClosingWriter(context.out());
    return Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
  }

  /** Standard output stays open for whatever prints after the export. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer inner) {
      super(inner);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
