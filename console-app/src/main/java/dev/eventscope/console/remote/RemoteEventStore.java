package dev.eventscope.console.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.StoredEventJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The served system's store, read through {@code GET /api/events}, behind the interface the Events
 * screen pages and scans (so its pager, filters and export work unchanged). Read-only: appends
 * belong to the served system. {@link #lastPosition} answers the head last seen (kept fresh by the
 * status poll and by every page read), so the UI tick never waits on the network.
 */
public final class RemoteEventStore implements EventStore {
  private static final int MAX_LIMIT = 1000;

  private final ApiClient api;
  private final StoredEventJson json;
  private volatile long lastPosition;

  public RemoteEventStore(ApiClient api, JsonCodec codec) {
    this.api = api;
    this.json = new StoredEventJson(codec);
  }

  @Override
  public List<StoredEvent> readAll(long afterPosition, int limit) {
    JsonNode page = api.get("/api/events?after=" + afterPosition + "&limit=" + Math.max(1, Math.min(limit, MAX_LIMIT)));
    seen(page.path("lastPosition").asLong(lastPosition));
    List<StoredEvent> events = new ArrayList<>(page.path("events").size());
    for (JsonNode node : page.path("events")) {
      long position = node.path("position").asLong();
      events.add(new StoredEvent(position, json.eventOrUndecodable(position, node)));
    }
    return events;
  }

  /** Blocking: asks the server for its head now (taken as it is: a restarted in-memory server starts again at 0). */
  public long refreshLastPosition() {
    JsonNode page = api.get("/api/events?after=0&limit=1");
    lastPosition = page.path("lastPosition").asLong(lastPosition);
    return lastPosition;
  }

  private void seen(long position) {
    if (position > lastPosition) lastPosition = position;
  }

  @Override
  public long lastPosition() {
    return lastPosition;
  }

  @Override
  public List<StoredEvent> readStream(String aggregateId, long afterVersion) {
    List<StoredEvent> events = new ArrayList<>();
    long after = 0;
    while (true) {
      JsonNode page = api.get("/api/events?after=" + after + "&limit=" + MAX_LIMIT + "&aggregateId="
          + java.net.URLEncoder.encode(aggregateId, java.nio.charset.StandardCharsets.UTF_8));
      for (JsonNode node : page.path("events")) {
        long position = node.path("position").asLong();
        StoredEvent event = new StoredEvent(position, json.eventOrUndecodable(position, node));
        if (event.version() > afterVersion) events.add(event);
      }
      long next = page.path("next").asLong(after);
      if (!page.path("more").asBoolean(false) || next <= after) return events;
      after = next;
    }
  }

  @Override
  public List<StoredEvent> append(String aggregateId, long expectedVersion, List<Envelope<Event>> events) {
    throw new UnsupportedOperationException("the console is attached to " + api.server().address() + ": its store is read-only here");
  }

  @Override
  public void onAppend(Runnable listener) {
    // Appends happen in the served system; the Events screen follows the head instead.
  }

  @Override
  public String describe() {
    return api.server().address();
  }
}
