package dev.eventscope.runtime.store.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.projection.ReadModelStores;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The embedded store's read models: read model {@code name} in table {@code rm_<name>} of a scratch
 * SQLite file, opened when the first read model is.
 */
final class SqliteReadModelStores implements ReadModelStores, AutoCloseable {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

  private final Path folder;
  private final ObjectMapper mapper = JsonCodec.newMapper();
  private SqliteReadModelFile file;

  SqliteReadModelStores(Path folder) {
    this.folder = folder;
  }

  @Override
  public synchronized <T> ReadModelStore<T> open(String readModelName, Class<T> rowType) {
    if (!NAME.matcher(readModelName).matches()) {
      throw new IllegalArgumentException("read model names are letters, digits, '_', '.', '-': " + readModelName);
    }
    if (file == null) file = SqliteReadModelFile.open(folder);
    return new SqliteReadModelStore<>(file, "rm_" + readModelName, rowType, mapper);
  }

  @Override
  public synchronized void close() {
    if (file != null) file.close();
  }
}
