package dev.eventscope.console.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for option types whose picocli defaults would quote a Java exception in the usage
 * error ({@code cannot convert 'x' to class java.time.Instant (DateTimeParseException …)}).
 */
final class ValueConverters {
  private ValueConverters() {}

  static void register(CommandLine commandLine) {
    commandLine.registerConverter(Instant.class, ValueConverters::instant);
    commandLine.registerConverter(UUID.class, ValueConverters::uuid);
  }

  static Instant instant(String value) {
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a time like 2026-01-31T12:00:00Z (ISO-8601, UTC)");
    }
  }

  static UUID uuid(String value) {
    try {
      UUID parsed = UUID.fromString(value.strip());
      if (!parsed.toString().equalsIgnoreCase(value.strip())) throw new IllegalArgumentException(value);
      return parsed;
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + value + "' is not a UUID like 0f8c2a4e-1b7d-4c1e-9a55-3f1d2e6b7c80");
    }
  }
}
