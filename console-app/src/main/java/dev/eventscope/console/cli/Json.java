package dev.eventscope.console.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.json.JsonCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reports as JSON with the mapper every surface shares. */
final class Json {
  private static final ObjectMapper MAPPER = JsonCodec.newMapper();

  private Json() {}

  static String pretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The value as a JSON tree, to add keys to before writing it. */
  static ObjectNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the result as JSON: " + e.getOriginalMessage(), e);
    }
  }

  static void write(Path file, String text) {
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      String reason = e.getClass().getSimpleName() + " " + Cli.firstLine(e.getMessage());
      throw new UsageException("cannot write the report " + file + ": " + reason);
    }
  }
}
