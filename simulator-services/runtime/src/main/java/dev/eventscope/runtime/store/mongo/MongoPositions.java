package dev.eventscope.runtime.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.BsonDocument;

/**
 * The global position counter: one document in {@code counters}. A single atomic
 * {@code findOneAndUpdate($inc)} hands each append a block of positions, so positions are unique
 * without transactions; they are not committed in order, which readers handle (see
 * {@link HoleTracker}).
 */
final class MongoPositions {
  private final MongoCollection<BsonDocument> counters;
  private final String counterId;

  MongoPositions(MongoCollection<BsonDocument> counters, String counterId) {
    this.counters = counters;
    this.counterId = counterId;
  }

  /**
   * Reserves {@code count} positions and answers the last of them. Asks for the counter as it was
   * before the increment: the same on any server, and the in-JVM test server answers the "after"
   * form with its live document, which a concurrent increment can change before it is sent.
   */
  long reserve(int count) {
    BsonDocument before = counters.findOneAndUpdate(eq("_id", counterId), Updates.inc("value", (long) count),
        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    long previous = before != null && before.isNumber("value") ? before.getNumber("value").longValue() : 0;
    return previous + count;
  }

  /** Moves the counter up to {@code position} if it is below (a counter lost or restored by hand). */
  void atLeast(long position) {
    counters.updateOne(eq("_id", counterId), Updates.max("value", position), new UpdateOptions().upsert(true));
  }
}
