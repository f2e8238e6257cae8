package dev.eventscope.runtime.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.RenameCollectionOptions;
import com.mongodb.client.model.ReplaceOptions;
import dev.eventscope.runtime.projection.ReadModelStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.BsonString;

/**
 * One read model's rows in {@code rm_<name>}: each row record as a plain document (its JSON
 * fields), {@code _id} = the row id, so the rows are readable with any MongoDB tool.
 */
final class MongoReadModelStore<T> implements ReadModelStore<T> {
  private static final int BATCH = 1_000;

  private final MongoConnection mongo;
  private final MongoCollection<BsonDocument> rows;
  /** Where a replacement is written before it is renamed over {@code rows} in one step. */
  private final MongoCollection<BsonDocument> staging;
  private final Class<T> rowType;
  private final ObjectMapper mapper;

  MongoReadModelStore(MongoConnection mongo, String collectionName, Class<T> rowType, ObjectMapper mapper) {
    this.mongo = mongo;
    this.rows = mongo.collection(collectionName);
    this.staging = mongo.collection(collectionName + ".rebuild");
    this.rowType = rowType;
    this.mapper = mapper;
  }

  @Override
  public Optional<T> get(String id) {
    return mongo.call("read " + rows.getNamespace().getCollectionName() + " row " + id,
        () -> Optional.ofNullable(rows.find(eq("_id", id)).first()).map(this::row));
  }

  @Override
  public void put(String id, T row) {
    BsonDocument document = document(id, row);
    mongo.run("write " + rows.getNamespace().getCollectionName() + " row " + id,
        () -> rows.replaceOne(eq("_id", id), document, new ReplaceOptions().upsert(true)));
  }

  /** Writes the rows into a staging collection, then renames it over the live one: one atomic step for readers. */
  @Override
  public void replaceAll(Map<String, ? extends T> next) {
    String name = rows.getNamespace().getCollectionName();
    if (next.isEmpty()) {
      clear();
      return;
    }
    mongo.run("replace the rows of " + name, () -> {
      staging.drop();
      List<BsonDocument> batch = new ArrayList<>(BATCH);
      for (Map.Entry<String, ? extends T> row : next.entrySet()) {
        batch.add(document(row.getKey(), row.getValue()));
        if (batch.size() == BATCH) {
          staging.insertMany(batch);
          batch.clear();
        }
      }
      if (!batch.isEmpty()) staging.insertMany(batch);
      staging.renameCollection(rows.getNamespace(), new RenameCollectionOptions().dropTarget(true));
    });
  }

  private BsonDocument document(String id, T row) {
    JsonNode tree = mapper.valueToTree(row);
    if (!(tree instanceof ObjectNode fields)) throw new IllegalArgumentException(rowType.getSimpleName() + " is not a JSON object");
    BsonDocument document = new BsonDocument("_id", new BsonString(id));
    document.putAll(BsonJson.toBson(fields));
    document.put("_id", new BsonString(id)); // a row field called _id must not move the row
    return document;
  }

  @Override
  public Collection<T> all() {
    List<T> all = new ArrayList<>();
    mongo.run("read " + rows.getNamespace().getCollectionName(), () -> rows.find().forEach(document -> all.add(row(document))));
    return all;
  }

  @Override
  public long count() {
    return mongo.call("count " + rows.getNamespace().getCollectionName(), rows::countDocuments);
  }

  @Override
  public void clear() {
    mongo.run("clear " + rows.getNamespace().getCollectionName(), () -> rows.deleteMany(new BsonDocument()));
  }

  private T row(BsonDocument document) {
    ObjectNode fields = BsonJson.toJson(document);
    fields.remove("_id");
    try {
      return mapper.treeToValue(fields, rowType);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(rows.getNamespace() + " holds a row that is not a " + rowType.getSimpleName()
          + ": " + e.getOriginalMessage(), e);
    }
  }
}
