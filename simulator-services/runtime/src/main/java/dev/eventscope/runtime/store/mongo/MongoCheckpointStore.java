package dev.eventscope.runtime.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.eventscope.runtime.store.CheckpointStore;
import java.util.OptionalLong;
import org.bson.BsonDocument;

/** Checkpoints in {@code checkpoints}: {@code {_id: name, position}}. */
final class MongoCheckpointStore implements CheckpointStore {
  private final MongoConnection mongo;
  private final MongoCollection<BsonDocument> checkpoints;

  MongoCheckpointStore(MongoConnection mongo) {
    this.mongo = mongo;
    this.checkpoints = mongo.collection("checkpoints");
  }

  @Override
  public OptionalLong read(String name) {
    return mongo.call("read checkpoint " + name, () -> {
      BsonDocument checkpoint = checkpoints.find(eq("_id", name)).first();
      return checkpoint == null ? OptionalLong.empty() : OptionalLong.of(checkpoint.getNumber("position").longValue());
    });
  }

  @Override
  public void write(String name, long position) {
    mongo.run("write checkpoint " + name,
        () -> checkpoints.updateOne(eq("_id", name), Updates.set("position", position), new UpdateOptions().upsert(true)));
  }
}
