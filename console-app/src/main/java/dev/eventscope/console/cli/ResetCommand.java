package dev.eventscope.console.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eventscope reset}: deletes the embedded store's files from the data folder, after asking.
 * Only the names the embedded store creates (the SQLite database and its journal files) are
 * touched; whatever else a person put in the folder stays.
 */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Deletes all stored events from the data folder (asks first).",
    description = {
      "Deletes all stored events: the embedded store's files (eventscope.db and its -wal, -shm and -journal files) "
          + "in the data folder. Other files are left alone.",
      "Asks first; without a terminal it needs --yes. Stop any console or simulation using the folder first."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  eventscope reset",
      "  eventscope reset --data /tmp/eventscope-demo --yes"
    })
public final class ResetCommand implements Callable<Integer> {
  /** What the embedded store creates in the data folder (SQLite with its write-ahead log). */
  static final List<String> STORE_FILES = List.of("eventscope.db", "eventscope.db-wal", "eventscope.db-shm", "eventscope.db-journal");

  private final CliContext context;

  @Mixin DataOption data;

  @Option(names = {"-y", "--yes"}, description = "Do not ask.")
  boolean yes;

  public ResetCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Path folder = data.resolve(context);
    if (!yes && !context.terminal().interactive()) {
      throw new UsageException("reset deletes all events in " + folder + ": run it in a terminal to confirm, or pass --yes");
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) throw new UsageException(folder + " is not a folder");
    List<Path> files = storeFiles(folder);
    if (files.isEmpty()) {
      context.out().println("nothing to delete: no Eventscope store in " + folder);
      return Cli.OK;
    }
    if (!yes && !confirmed(folder)) {
      context.out().println("nothing deleted");
      return Cli.OK;
    }
    for (Path file : files) Files.deleteIfExists(file);
    List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
    context.out().println("deleted " + String.join(", ", names) + " from " + folder);
    return Cli.OK;
  }

  private boolean confirmed(Path folder) {
    String answer = context.terminal().ask("Delete all events in " + folder + "? [y/N] ");
    if (answer == null) return false;
    String word = answer.strip().toLowerCase(Locale.ROOT);
    return word.equals("y") || word.equals("yes");
  }

  static List<Path> storeFiles(Path folder) {
    List<Path> found = new ArrayList<>();
    for (String name : STORE_FILES) {
      Path file = folder.resolve(name);
      // A link is deleted as a link (never its target); a folder of that name is not ours.
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) found.add(file);
    }
    return found;
  }
}
