package dev.eventscope.console.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code secrets.yaml} beside {@code settings.yaml}: the credentials ({@code user:password}) of the
 * connection URIs, keyed like the settings they belong to, in a file only its owner may read or
 * write ({@code rw-------}). It is written to a new owner-only file and moved into place, so it is
 * never readable by others, not even for a moment.
 */
public final class SecretsFile {
  public static final String FILE_NAME = "secrets.yaml";
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private SecretsFile() {}

  /** The credentials by settings key; a missing file has none. */
  public static Map<String, String> load(Path file) {
    Map<String, String> secrets = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) return secrets;
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(file.toFile());
    } catch (IOException e) {
      // Never quote the file: the parser's message may hold a password. Its place is safe to give.
      String at = e instanceof JsonProcessingException json && json.getLocation() != null
          ? " at line " + json.getLocation().getLineNr() : "";
      throw new UsageException("cannot read the secrets file " + file + at + " (is it YAML like 'rabbitmq-uri: user:password'?)");
    }
    if (root == null || root.isMissingNode() || root.isNull()) return secrets;
    if (!root.isObject()) {
      throw new UsageException("the secrets file " + file + " must be a mapping of setting: user:password (like 'rabbitmq-uri: guest:guest')");
    }
    SettingsFile.requireKnownScalars(file, root, "the secrets file");
    for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isValueNode() && !field.getValue().asText().isBlank()) secrets.put(field.getKey(), field.getValue().asText());
    }
    return secrets;
  }

  /** Writes {@code secrets} owner-only; no secrets removes the file. */
  public static void save(Path file, Map<String, String> secrets) throws IOException {
    if (secrets.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    Files.createDirectories(file.getParent());
    Path fresh = file.resolveSibling(FILE_NAME + ".new");
    Files.deleteIfExists(fresh);
    Files.createFile(fresh, ownerOnly());
    new YAMLMapper().writeValue(fresh.toFile(), secrets);
    try {
      Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
  }
}
