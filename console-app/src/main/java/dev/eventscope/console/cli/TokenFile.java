package dev.eventscope.console.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --token-file}: the API's bearer token, read from a file so it never shows in a process list. */
final class TokenFile {
  private TokenFile() {}

  /** The token in {@code file}, stripped; a usage error when it cannot be read or is empty. */
  static String read(Path file) {
    String token;
    try {
      token = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UsageException("cannot read --token-file " + file + ": " + Cli.firstLine(String.valueOf(e.getMessage())));
    }
    if (token.isEmpty()) throw new UsageException("--token-file " + file + " is empty");
    return token;
  }
}
