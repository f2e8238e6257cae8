package dev.eventscope.runtime.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Sorts.ascending;
import static dev.eventscope.runtime.store.mongo.EventDocuments.position;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import dev.eventscope.runtime.store.EventScan;
import dev.eventscope.runtime.store.ReadAhead;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.RawBsonDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long read of the events collection through one cursor, opened at the first page and kept to
 * the last: a range query per page costs the MongoDB-wire server a scan of the whole collection
 * each time. The cursor lives on a thread of its own that keeps fetching the next batches while the
 * caller decodes this one (a cursor answers one request at a time, so a reader that decoded between
 * requests would leave the server idle half the time). The range ends at or below the store's safe
 * mark, so no page can skip a hole. A cursor that dies (a server restart, an idle cursor timed out
 * during a long pause) is opened again after the last event fetched; a second failure in a row is
 * the caller's.
 */
final class MongoScan implements EventScan {
  private static final Logger log = LoggerFactory.getLogger(MongoScan.class);
  private static final int AHEAD = 2;

  private final MongoConnection mongo;
  private final MongoCollection<RawBsonDocument> events;
  private final Function<List<RawBsonDocument>, List<StoredEvent>> decode;
  private final long until;
  private final int pageSize;
  /** Touched only by the fetching thread. */
  private long after;
  private MongoCursor<RawBsonDocument> cursor;
  private ReadAhead<RawBsonDocument> fetched;
  private boolean done;

  MongoScan(MongoConnection mongo, MongoCollection<RawBsonDocument> events, Function<List<RawBsonDocument>, List<StoredEvent>> decode,
      long after, long until, int pageSize) {
    this.mongo = mongo;
    this.events = events;
    this.decode = decode;
    this.after = after;
    this.until = until;
    this.pageSize = pageSize;
    this.done = after >= until;
  }

  @Override
  public List<StoredEvent> next() {
    if (done) return List.of();
    if (fetched == null) fetched = new ReadAhead<>("mongo-scan-after-" + after, AHEAD, this::fetch, this::closeCursor);
    List<RawBsonDocument> page = fetched.next();
    if (page == null) {
      done = true;
      return List.of();
    }
    return decode.apply(page);
  }

  /** The next batch, or null at the end of the range. */
  private List<RawBsonDocument> fetch() {
    List<RawBsonDocument> page = mongo.call("read events", () -> {
      try {
        return page();
      } catch (MongoException e) {
        log.info("the event cursor after position {} failed ({}); opening a new one", after, e.getMessage());
        closeCursor();
        return page();
      }
    });
    if (page.isEmpty()) return null;
    after = position(page.get(page.size() - 1));
    return page;
  }

  private List<RawBsonDocument> page() {
    if (after >= until) return List.of();
    if (cursor == null) {
      cursor = events.find(and(gt("_id", after), lte("_id", until))).sort(ascending("_id")).batchSize(pageSize).iterator();
    }
    List<RawBsonDocument> page = new ArrayList<>(pageSize);
    while (page.size() < pageSize && cursor.hasNext()) page.add(cursor.next());
    return page;
  }

  private void closeCursor() {
    if (cursor == null) return;
    try {
      cursor.close();
    } catch (MongoException e) {
      log.debug("closing an event cursor failed", e);
    }
    cursor = null;
  }

  @Override
  public void close() {
    done = true;
    if (fetched != null) fetched.close();
  }
}
