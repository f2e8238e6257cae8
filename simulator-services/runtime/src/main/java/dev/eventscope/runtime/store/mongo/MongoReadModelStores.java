package dev.eventscope.runtime.store.mongo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.projection.ReadModelStores;
import java.util.regex.Pattern;

/** Read models in MongoDB: read model {@code name} lives in collection {@code rm_<name>}. */
final class MongoReadModelStores implements ReadModelStores {
  static final String PREFIX = "rm_";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

  private final MongoConnection mongo;
  private final ObjectMapper mapper = JsonCodec.newMapper();

  MongoReadModelStores(MongoConnection mongo) {
    this.mongo = mongo;
  }

  @Override
  public <T> ReadModelStore<T> open(String readModelName, Class<T> rowType) {
    // Collection names must not hold '$' or NUL; keep them to what shows well in any tool.
    if (!NAME.matcher(readModelName).matches()) {
      throw new IllegalArgumentException("read model names are letters, digits, '_', '.', '-': " + readModelName);
    }
    return new MongoReadModelStore<>(mongo, PREFIX + readModelName, rowType, mapper);
  }
}
