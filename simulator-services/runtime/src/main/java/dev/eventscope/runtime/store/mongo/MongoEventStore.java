package dev.eventscope.runtime.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static dev.eventscope.runtime.store.mongo.EventDocuments.position;
import static dev.eventscope.runtime.store.mongo.EventDocuments.storedAt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.store.ConcurrencyException;
import dev.eventscope.runtime.store.EventScan;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.StoredEventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events in the {@code events} collection, {@code _id} = global position, without transactions.
 *
 * <p>An append checks the stream's version, reserves positions from a counter, then inserts the
 * events with one ordered {@code insertMany}. The unique index on (aggregateId, version) decides
 * races: the loser gets a duplicate key and a {@link ConcurrencyException}. Counter positions can
 * commit out of order, so {@link #readAll} stops at a hole until {@link HoleTracker} lets it pass.
 *
 * <p>Partial commits: {@code insertMany} is not atomic, so a reader can see the first events of an
 * append before the rest, and an append that dies half way leaves only its first events. Each
 * document carries {@code commitId}, {@code commitSize} and {@code commitIndex}, so a stream whose
 * last commit is incomplete is recognised: loading it and appending to it wait (up to the hole
 * bound) for the rest, which keeps others from building on half a decision. A commit still
 * incomplete after the bound is taken as it is (logged) rather than blocking its stream forever.
 */
final class MongoEventStore implements EventStore {
  private static final Logger log = LoggerFactory.getLogger(MongoEventStore.class);
  private static final String COUNTER_ID = "events";
  private static final int SCAN_PAGE = 5_000;

  private final MongoConnection mongo;
  private final MongoCollection<BsonDocument> events;
  private final MongoPositions positions;
  private final StoredEventJson json;
  private final HoleTracker holes;
  private final String description;
  private final AtomicLong safeMark = new AtomicLong();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  MongoEventStore(MongoConnection mongo, StoredEventJson json, Duration holeBound, String description) {
    this(mongo, json, holeBound, description, true);
  }

  /** @param prepare false to only read: no index is created and the counter is not touched (read-only source mode) */
  MongoEventStore(MongoConnection mongo, StoredEventJson json, Duration holeBound, String description, boolean prepare) {
    this.mongo = mongo;
    this.events = mongo.collection("events");
    this.positions = new MongoPositions(mongo.collection("counters"), COUNTER_ID);
    this.json = json;
    this.holes = new HoleTracker(holeBound);
    this.description = description;
    if (!prepare) {
      mongo.call("read the events collection", this::highestStoredPosition); // first round trip: fails fast
      return;
    }
    mongo.run("prepare the events collection", () -> {
      events.createIndex(Indexes.ascending("aggregateId", "version"), new IndexOptions().unique(true));
      events.createIndex(Indexes.ascending("messageId"), new IndexOptions().unique(true));
      positions.atLeast(highestStoredPosition());
    });
  }

  @Override
  public List<StoredEvent> append(String aggregateId, long expectedVersion, List<Envelope<Event>> batch) {
    if (batch.isEmpty()) return List.of();
    List<StoredEvent> stored = mongo.call("append to " + aggregateId, () -> appendOnce(aggregateId, expectedVersion, batch, true));
    for (Runnable listener : listeners) listener.run();
    return stored;
  }

  private List<StoredEvent> appendOnce(String aggregateId, long expectedVersion, List<Envelope<Event>> batch, boolean mayRetry) {
    // A new stream needs no look first: version 1 already stored is a unique-index conflict, handled
    // below like any other (and a stream's first commit has no earlier commit to wait for).
    if (expectedVersion > 0) {
      long actual = streamVersion(aggregateId);
      if (actual != expectedVersion) return earlierOrConflict(aggregateId, expectedVersion, batch);
    }
    long last = positions.reserve(batch.size());
    long first = last - batch.size() + 1;
    List<StoredEvent> stored = new ArrayList<>(batch.size());
    List<ObjectNode> envelopes = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      Envelope<Event> envelope = batch.get(i).inStream(aggregateId, expectedVersion + i + 1);
      stored.add(new StoredEvent(first + i, envelope));
      envelopes.add(json.envelopeTree(envelope));
    }
    List<BsonDocument> documents = EventDocuments.commit(first, envelopes);
    try {
      events.insertMany(documents, new InsertManyOptions().ordered(true));
      return stored;
    } catch (MongoBulkWriteException e) {
      BulkWriteError error = e.getWriteErrors().isEmpty() ? null : e.getWriteErrors().get(0);
      int failedAt = error == null ? 0 : error.getIndex();
      holes.abandon(first + failedAt, last); // ordered: nothing from the failed one on was inserted
      if (failedAt > 0) {
        log.warn("append to {} stored {} of {} events before failing (commit {}): {}",
            aggregateId, failedAt, batch.size(), documents.get(0).get("commitId"), e.getMessage());
      }
      if (error == null || error.getCode() != 11000) throw e;
      if (error.getMessage().contains("_id_")) {
        // The counter is behind the collection (reset or restored by hand): catch it up, try again.
        positions.atLeast(highestStoredPosition());
        if (mayRetry) return appendOnce(aggregateId, expectedVersion, batch, false);
        throw e;
      }
      return earlierOrConflict(aggregateId, expectedVersion, batch);
    }
  }

  /** The events stored the first time if this is a repeat of an earlier append, else a conflict. */
  private List<StoredEvent> earlierOrConflict(String aggregateId, long expectedVersion, List<Envelope<Event>> batch) {
    long actual = streamVersion(aggregateId); // first: waits until a racing twin's commit is whole
    List<StoredEvent> earlier = decode(events.find(and(eq("aggregateId", aggregateId),
            gt("version", expectedVersion), lte("version", expectedVersion + batch.size())))
        .sort(ascending("version")).into(new ArrayList<>()));
    if (sameMessages(earlier, batch)) return earlier;
    if (actual == expectedVersion) {
      throw new IllegalArgumentException("a message of this append to " + aggregateId + " is already stored in another stream");
    }
    throw new ConcurrencyException(aggregateId, expectedVersion, actual);
  }

  private static boolean sameMessages(List<StoredEvent> earlier, List<Envelope<Event>> batch) {
    if (earlier.size() != batch.size()) return false;
    for (int i = 0; i < batch.size(); i++) {
      if (!earlier.get(i).envelope().messageId().equals(batch.get(i).messageId())) return false;
    }
    return true;
  }

  /** The stream's version, once its last commit is complete (or the bound has passed). */
  private long streamVersion(String aggregateId) {
    CommitWait wait = new CommitWait(holes.bound());
    while (true) {
      BsonDocument tail = events.find(eq("aggregateId", aggregateId)).sort(descending("version"))
          .projection(include("version", "commitId", "commitSize", "commitIndex", "storedAt")).first();
      if (tail == null) return 0;
      if (wait.settled(aggregateId, tail)) return tail.getNumber("version").longValue();
    }
  }

  @Override
  public List<StoredEvent> readStream(String aggregateId, long afterVersion) {
    return mongo.call("read stream " + aggregateId, () -> {
      CommitWait wait = new CommitWait(holes.bound());
      while (true) {
        List<BsonDocument> documents = events.find(and(eq("aggregateId", aggregateId), gt("version", afterVersion)))
            .sort(ascending("version")).into(new ArrayList<>());
        if (documents.isEmpty()) return List.of();
        BsonDocument tail = documents.get(documents.size() - 1);
        if (wait.settled(aggregateId, tail)) return decode(documents);
      }
    });
  }

  @Override
  public List<StoredEvent> readAll(long afterPosition, int limit) {
    if (limit <= 0) return List.of();
    return mongo.call("read events", () -> decode(readable(afterPosition,
        events.find(gt("_id", afterPosition)).sort(ascending("_id")).limit(limit).into(new ArrayList<>()))));
  }

  /** One cursor from the start: the MongoDB-wire server answers every range query by scanning the whole collection. */
  @Override
  public boolean indexedRangeReads() {
    return false;
  }

  /** Through one cursor (see {@link MongoScan}), up to the safe mark at most. */
  @Override
  public EventScan scan(long afterPosition, long untilPosition, int pageSize) {
    long safe = safeMark.get() >= untilPosition ? untilPosition : Math.min(untilPosition, lastPosition());
    return new MongoScan(mongo, events.withDocumentClass(RawBsonDocument.class), this::decodeRaw, afterPosition, safe, pageSize);
  }

  /** As {@link #decode}, each document read once from its bytes where it has this store's usual shape. */
  private List<StoredEvent> decodeRaw(List<RawBsonDocument> documents) {
    List<StoredEvent> decoded = new ArrayList<>(documents.size());
    for (RawBsonDocument document : documents) {
      StoredEvent fast = RawEventDocument.read(document, json);
      decoded.add(fast != null ? fast : new StoredEvent(position(document), event(document)));
    }
    return decoded;
  }

  @Override
  public long countBetween(long afterPosition, long untilPosition) {
    return mongo.call("count events", () -> events.countDocuments(and(gt("_id", afterPosition), lte("_id", untilPosition))));
  }

  @Override
  public long lastPosition() {
    return mongo.call("find the last position", () -> {
      long mark = safeMark.get();
      while (true) {
        List<BsonDocument> page = events.find(gt("_id", mark)).projection(include("storedAt"))
            .sort(ascending("_id")).limit(SCAN_PAGE).into(new ArrayList<>());
        List<BsonDocument> readable = readable(mark, page);
        if (!readable.isEmpty()) mark = position(readable.get(readable.size() - 1));
        if (readable.size() < page.size() || page.size() < SCAN_PAGE) break;
      }
      return safeMark.accumulateAndGet(mark, Math::max);
    });
  }

  /** The leading documents of a page a reader may take: up to the first hole it must wait at. */
  private List<BsonDocument> readable(long afterPosition, List<BsonDocument> page) {
    long expected = afterPosition + 1;
    for (int i = 0; i < page.size(); i++) {
      long position = position(page.get(i));
      if (position > expected && !holes.passable(expected, position - 1, storedAt(page.get(i)))) return page.subList(0, i);
      expected = position + 1;
    }
    return page;
  }

  private List<StoredEvent> decode(List<BsonDocument> documents) {
    List<StoredEvent> decoded = new ArrayList<>(documents.size());
    for (BsonDocument document : documents) decoded.add(new StoredEvent(position(document), event(document)));
    return decoded;
  }

  /** A document as an event; one that cannot be decoded is read as an undecodable event with the reason. */
  private Envelope<Event> event(BsonDocument document) {
    long position = position(document);
    ObjectNode tree;
    try {
      tree = BsonJson.toJson(document);
    } catch (RuntimeException e) {
      return json.undecodable(position, null, "the stored document is not an event envelope: " + e.getMessage());
    }
    return json.eventOrUndecodable(position, tree);
  }

  private long highestStoredPosition() {
    BsonDocument last = events.find().projection(include("_id")).sort(descending("_id")).first();
    return last == null ? 0 : position(last);
  }

  @Override
  public void onAppend(Runnable listener) {
    listeners.add(listener);
  }

  @Override
  public String describe() {
    return description;
  }
}
