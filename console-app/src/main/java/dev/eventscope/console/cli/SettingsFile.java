package dev.eventscope.console.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code settings.yaml} in the per-user config folder: a flat mapping whose keys are the long flag
 * names without dashes ({@code store: embedded}, {@code data: ~/eventscope-data}). A missing file is
 * an empty one; a broken one is a usage error that names the file. The credentials of its URIs may
 * live in {@link SecretsFile} beside it (the console's Settings screen puts them there); a value
 * is read with its credentials joined back in.
 */
public final class SettingsFile {
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
    return new SettingsFile(file, root);
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
    if (!value.isValueNode()) {
      throw new UsageException("'" + key + "' in the settings file " + file + " must be a single value");
    }
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
