package dev.eventscope.services.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where scenarios come from: a file path, the scenarios folder (the checkout's {@code scenarios/},
 * editable), or the copies built into the app. A name is a file's base name ({@code flaky-payments}).
 */
public final class ScenarioCatalog {
  /** The shipped scenarios, in the order a trainer would show them. */
  public static final List<String> BUILT_IN = List.of(
      "happy-path", "black-friday", "flaky-payments", "poison-message", "duplicates-and-reordering", "broker-outage");

  private final Path folder;

  /** @param folder the editable scenarios folder; may be null or missing */
  public ScenarioCatalog(Path folder) {
    this.folder = folder;
  }

  /** The folder named by the system property {@code eventscope.scenarios} (the launcher sets it), else {@code ./scenarios}. */
  public static ScenarioCatalog fromEnvironment() {
    String configured = System.getProperty("eventscope.scenarios");
    return new ScenarioCatalog(Path.of(configured != null ? configured : "scenarios"));
  }

  /** Every scenario by name: the built-in ones first (a folder copy wins), then the folder's others. */
  public Map<String, Scenario> all() {
    Map<String, Scenario> scenarios = new LinkedHashMap<>();
    for (String name : BUILT_IN) scenarios.put(name, load(name));
    for (Path file : folderFiles()) {
      String name = baseName(file);
      if (!scenarios.containsKey(name)) scenarios.put(name, read(file));
    }
    return scenarios;
  }

  /**
   * A scenario by file path or name.
   *
   * @throws ScenarioException when there is no such scenario or it is invalid
   */
  public Scenario load(String nameOrFile) {
    Path file = Path.of(nameOrFile);
    if (nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml") || nameOrFile.contains("/")) {
      if (!Files.isRegularFile(file)) throw new ScenarioException("no scenario file " + file.toAbsolutePath());
      return read(file);
    }
    Optional<Path> inFolder = inFolder(nameOrFile);
    if (inFolder.isPresent()) return read(inFolder.get());
    String text = builtIn(nameOrFile).orElseThrow(() -> new ScenarioException(
        "no scenario named '" + nameOrFile + "'; known: " + String.join(", ", names())));
    return ScenarioLoader.parse(text, nameOrFile + ".yaml");
  }

  /** The scenario's YAML as it is read (for an editor). */
  public String text(String name) {
    Optional<Path> inFolder = inFolder(name);
    if (inFolder.isPresent()) return readText(inFolder.get());
    return builtIn(name).orElseThrow(() -> new ScenarioException("no scenario named '" + name + "'"));
  }

  public List<String> names() {
    List<String> names = new ArrayList<>(BUILT_IN);
    folderFiles().stream().map(ScenarioCatalog::baseName).filter(name -> !names.contains(name)).forEach(names::add);
    return names;
  }

  private Optional<Path> inFolder(String name) {
    if (folder == null) return Optional.empty();
    Path file = folder.resolve(name + ".yaml");
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  private List<Path> folderFiles() {
    if (folder == null || !Files.isDirectory(folder)) return List.of();
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static Optional<String> builtIn(String name) {
    try (InputStream in = ScenarioCatalog.class.getResourceAsStream("/scenarios/" + name + ".yaml")) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Scenario read(Path file) {
    return ScenarioLoader.parse(readText(file), file.getFileName().toString());
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new ScenarioException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".yaml".length());
  }
}
