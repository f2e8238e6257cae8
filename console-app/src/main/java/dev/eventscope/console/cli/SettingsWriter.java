package dev.eventscope.console.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes settings the way {@link SettingsFile} reads them: each value into {@code settings.yaml}
 * without its password, the password into the owner-only {@link SecretsFile}. Keys it is not given
 * (a hand-written {@code data: ~/es}) are kept; a null or blank value removes its key. Comments in
 * a hand-edited file are not kept.
 */
public final class SettingsWriter {
  private final Path settingsFile;

  public SettingsWriter(Path settingsFile) {
    this.settingsFile = settingsFile;
  }

  public Path settingsFile() {
    return settingsFile;
  }

  public Path secretsFile() {
    return settingsFile.resolveSibling(SecretsFile.FILE_NAME);
  }

  public void save(Map<String, String> values) throws IOException {
    YAMLMapper yaml = new YAMLMapper();
    ObjectNode settings = existing(yaml);
    Map<String, String> secrets = SecretsFile.load(secretsFile());
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String key = entry.getKey();
      String value = entry.getValue();
      secrets.remove(key);
      if (value == null || value.isBlank()) {
        settings.remove(key);
        continue;
      }
      UriCredentials.Split split = UriCredentials.split(value);
      settings.put(key, split.publicPart());
      if (split.credentials() != null) secrets.put(key, split.credentials());
    }
    Files.createDirectories(settingsFile.getParent());
    yaml.writeValue(settingsFile.toFile(), settings);
    SecretsFile.save(secretsFile(), secrets);
  }

  private ObjectNode existing(YAMLMapper yaml) throws IOException {
    if (!Files.isRegularFile(settingsFile)) return yaml.createObjectNode();
    JsonNode root = yaml.readTree(settingsFile.toFile());
    return root instanceof ObjectNode object ? object : yaml.createObjectNode();
  }
}
