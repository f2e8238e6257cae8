package dev.eventscope.console.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code settings.yaml} in the per-user config folder: a flat mapping whose keys are the long flag
 * names without dashes ({@code store: embedded}, {@code data: ~/eventscope-data}). A missing file is
 * an empty one; a broken one — not YAML, not a mapping, a key nobody reads (a typo would otherwise
 * be ignored silently), a value that is a list or a mapping — is a usage error that names the file
 * and the line. The credentials of its URIs may
 * live in {@link SecretsFile} beside it (the console's Settings screen puts them there); a value
 * is read with its credentials joined back in.
 */
public final class SettingsFile {
  /** Every key a command or the console reads (the long flag names without dashes). */
  public static final List<String> KEYS = List.of("store", "data", "mongodb-uri", "mongodb-database", "mongodb-collection-prefix",
      "kafka-bootstrap", "rabbitmq-uri", "redis-uri", "bus-prefix");

  private final Path file;
  private final JsonNode root;
  private Map<String, String> secrets;

  private SettingsFile(Path file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  public static SettingsFile load(Path file) {
    if (!Files.isRegularFile(file)) return new SettingsFile(file, null);
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UsageException("cannot read the settings file " + file + ": " + reason(e));
    }
    if (root == null || root.isMissingNode() || root.isNull()) return new SettingsFile(file, null);
    if (!root.isObject()) {
      throw new UsageException("the settings file " + file + " must be a mapping of setting: value (like 'store: embedded')");
    }
    requireKnownScalars(file, root, "the settings file");
    return new SettingsFile(file, root);
  }

  /** Every key known and every value a single value, or a usage error naming the file, the key and its line. */
  static void requireKnownScalars(Path file, JsonNode root, String what) {
    YamlKeyLines lines = null;
    for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      if (!KEYS.contains(key)) {
        if (lines == null) lines = YamlKeyLines.of(file);
        throw new UsageException("unknown setting '" + key + "' in " + what + " " + file + lines.at(key)
            + ": known settings are " + String.join(", ", KEYS));
      }
      if (!field.getValue().isValueNode()) {
        if (lines == null) lines = YamlKeyLines.of(file);
        throw new UsageException("'" + key + "' in " + what + " " + file + lines.at(key)
            + " must be a single value, not a " + (field.getValue().isArray() ? "list" : "mapping"));
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof JsonProcessingException json) {
      JsonLocation where = json.getLocation();
      String at = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
      return Cli.firstLine(json.getOriginalMessage()) + at;
    }
    return Cli.firstLine(e.getMessage());
  }

  public Path file() {
    return file;
  }

  public Optional<String> get(String key) {
    if (root == null) return Optional.empty();
    JsonNode value = root.get(key);
    if (value == null || value.isNull()) return Optional.empty();
    String text = value.asText().strip();
    if (text.isEmpty()) return Optional.empty();
    return Optional.of(UriCredentials.join(text, secrets().get(key)));
  }

  /** The secrets file is read only when a value is: a command that needs no setting never opens it. */
  private Map<String, String> secrets() {
    if (secrets == null) secrets = SecretsFile.load(file.resolveSibling(SecretsFile.FILE_NAME));
    return secrets;
  }
}
