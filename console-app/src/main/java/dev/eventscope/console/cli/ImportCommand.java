package dev.eventscope.console.cli;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.StoreBackend;
import dev.eventscope.runtime.store.StoreBackends;
import dev.eventscope.services.transfer.EventImport;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code eventscope import}: appends an export to a store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Appends an 'eventscope export' file to a store (idempotent: importing twice changes nothing).",
    description = {
      "Each event goes to its own stream at its own version; positions are the target store's. An event already there "
          + "(same message at the same version) is counted, not doubled; one whose earlier versions are missing, or whose "
          + "version holds another message, is skipped and named with its line. Read models catch up when the services "
          + "next start on the store (or run 'eventscope replay --target projections').",
      "Exit code 1 when a line was skipped."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope import --data /tmp/review run.jsonl",
      "  eventscope import --store mongodb://127.0.0.1:27017/review run.jsonl"
    })
public final class ImportCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin StoreOption store;
  @Mixin DataOption data;

  @Parameters(index = "0", paramLabel = "FILE", description = "A file written by 'eventscope export'.")
  Path file;

  public ImportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (!Files.isReadable(file)) throw new UsageException("cannot read " + file);
    String storeName = store.resolve(context, StoreOption.EMBEDDED);
    Path dataDir = storeName.equals(StoreOption.EMBEDDED) ? data.resolve(context) : null;
    if (storeName.equals(StoreOption.MEMORY)) throw new UsageException("importing into the memory store keeps nothing: use --store embedded or a MongoDB URI");
    JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());
    EventImport.Result result;
    try (StoreBackend backend = StoreBackends.open(storeName, dataDir, codec);
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      result = EventImport.read(in, new EventWire(codec), backend.events());
      context.out().printf("imported %d events into %s (%d already there, %d skipped, %d lines)%n", result.imported(),
          UriMasking.mask(backend.events().describe()), result.alreadyThere(), result.skippedCount(), result.lines());
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
    result.skipped().forEach(reason -> context.out().println("  skipped " + reason));
    if (result.skippedCount() > result.skipped().size()) {
      context.out().printf("  … and %d more%n", result.skippedCount() - result.skipped().size());
    }
    context.out().flush();
    return result.skippedCount() == 0 ? Cli.OK : Cli.CHECK_FAILED;
  }
}
