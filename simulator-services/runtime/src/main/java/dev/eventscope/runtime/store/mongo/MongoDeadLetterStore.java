package dev.eventscope.runtime.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import dev.eventscope.runtime.deadletter.DeadLetter;
import dev.eventscope.runtime.deadletter.DeadLetterStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.StoredEventJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;

/**
 * Parked messages in {@code deadletters}, one document each with the whole envelope inside, so
 * {@code mongosh} shows what was parked and why. Instants are ISO text to keep their nanoseconds.
 */
final class MongoDeadLetterStore implements DeadLetterStore {
  private static final Comparator<DeadLetter> PARKING_ORDER =
      Comparator.comparing(DeadLetter::parkedAt).thenComparing(DeadLetter::id);

  private final MongoConnection mongo;
  private final MongoCollection<BsonDocument> letters;
  private final StoredEventJson json;

  MongoDeadLetterStore(MongoConnection mongo, StoredEventJson json) {
    this.mongo = mongo;
    this.letters = mongo.collection("deadletters");
    this.json = json;
  }

  @Override
  public void park(DeadLetter letter) {
    BsonDocument document = new BsonDocument("_id", new BsonString(letter.id().toString()))
        .append("subscriber", new BsonString(letter.subscriber()))
        .append("position", new BsonInt64(letter.event().position()))
        .append("envelope", BsonJson.toBson(json.envelopeTree(letter.event().envelope())))
        .append("attempts", new BsonInt32(letter.attempts()))
        .append("error", letter.error() == null ? BsonNull.VALUE : new BsonString(letter.error()))
        .append("parkedAt", new BsonString(letter.parkedAt().toString()));
    mongo.run("park " + letter.id(),
        () -> letters.replaceOne(eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true)));
  }

  @Override
  public List<DeadLetter> list() {
    List<DeadLetter> all = new ArrayList<>();
    mongo.run("list dead letters", () -> letters.find().forEach(document -> all.add(letter(document))));
    all.sort(PARKING_ORDER);
    return all;
  }

  @Override
  public Optional<DeadLetter> find(UUID id) {
    return mongo.call("find dead letter " + id,
        () -> Optional.ofNullable(letters.find(eq("_id", id.toString())).first()).map(this::letter));
  }

  @Override
  public boolean remove(UUID id) {
    return mongo.call("remove dead letter " + id, () -> letters.deleteOne(eq("_id", id.toString())).getDeletedCount() > 0);
  }

  private DeadLetter letter(BsonDocument document) {
    long position = document.getNumber("position").longValue();
    StoredEvent event = new StoredEvent(position, json.eventOrUndecodable(position, BsonJson.toJson(document.getDocument("envelope"))));
    return new DeadLetter(
        UUID.fromString(document.getString("_id").getValue()),
        document.getString("subscriber").getValue(),
        event,
        document.getNumber("attempts").intValue(),
        document.isString("error") ? document.getString("error").getValue() : null,
        Instant.parse(document.getString("parkedAt").getValue()));
  }
}
