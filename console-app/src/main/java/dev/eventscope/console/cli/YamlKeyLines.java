package dev.eventscope.console.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of each top-level key of a YAML mapping, for errors that point at the line to fix (a
 * tree read by Jackson no longer knows where its values came from). Reads structure only, so it
 * never holds or reports a value.
 */
final class YamlKeyLines {
  private final Map<String, Integer> lines;

  private YamlKeyLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** The key lines of a file that already parsed as YAML; none when it cannot be read again. */
  static YamlKeyLines of(Path file) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = new YAMLFactory().createParser(file.toFile())) {
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isStructStart()) depth++;
        else if (token.isStructEnd()) depth--;
        else if (token == JsonToken.FIELD_NAME && depth == 1) {
          lines.putIfAbsent(parser.currentName(), parser.currentLocation().getLineNr());
        }
      }
    } catch (IOException e) {
      return new YamlKeyLines(Map.of());
    }
    return new YamlKeyLines(lines);
  }

  /** {@code " (line N)"}, or nothing when the line is not known. */
  String at(String key) {
    Integer line = lines.get(key);
    return line == null ? "" : " (line " + line + ")";
  }
}
