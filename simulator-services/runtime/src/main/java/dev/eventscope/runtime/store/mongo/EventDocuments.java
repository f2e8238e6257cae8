package dev.eventscope.runtime.store.mongo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;

/**
 * One event document in {@code events}: {@code _id} = position, then the stored envelope (wire
 * field names, payload as a sub-document), then the bookkeeping that makes a non-atomic
 * {@code insertMany} recognisable as one commit: {@code commitId}, {@code commitSize},
 * {@code commitIndex}, and {@code storedAt} for the hole bound.
 */
final class EventDocuments {
  private EventDocuments() {}

  static List<BsonDocument> commit(long firstPosition, List<ObjectNode> envelopes) {
    BsonString commitId = new BsonString(UUID.randomUUID().toString());
    BsonDateTime storedAt = new BsonDateTime(System.currentTimeMillis());
    List<BsonDocument> documents = new ArrayList<>(envelopes.size());
    for (int i = 0; i < envelopes.size(); i++) {
      BsonDocument document = new BsonDocument("_id", new BsonInt64(firstPosition + i));
      document.putAll(BsonJson.toBson(envelopes.get(i)));
      document.put("commitId", commitId);
      document.put("commitSize", new BsonInt32(envelopes.size()));
      document.put("commitIndex", new BsonInt32(i));
      document.put("storedAt", storedAt);
      documents.add(document);
    }
    return documents;
  }

  static long position(BsonDocument document) {
    return document.getNumber("_id").longValue();
  }

  static Instant storedAt(BsonDocument document) {
    return document.isDateTime("storedAt") ? Instant.ofEpochMilli(document.getDateTime("storedAt").getValue()) : null;
  }

  /** Documents written by other tools have no commit fields: each is its own complete commit. */
  static boolean isComplete(BsonDocument document) {
    if (!document.isNumber("commitIndex") || !document.isNumber("commitSize")) return true;
    return document.getNumber("commitIndex").intValue() + 1 >= document.getNumber("commitSize").intValue();
  }
}
