package dev.eventscope.console.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventscope.console.ui.MessageCatalog;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.runtime.store.StoredEventJson;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * {@code /ws/events} frames ({@code {"events":[…],"next":pos}}) kept in the message catalog, so the
 * flow screen's details show an event's JSON as they do in process. Remembers where the tail got to,
 * so a reconnect resumes there.
 */
final class EventBodies implements Consumer<String> {
  private final JsonCodec codec;
  private final StoredEventJson json;
  private final MessageCatalog catalog;
  private volatile long next;

  EventBodies(JsonCodec codec, MessageCatalog catalog, long after) {
    this.codec = codec;
    this.json = new StoredEventJson(codec);
    this.catalog = catalog;
    this.next = after;
  }

  /** The tail's address from where it got to. */
  String path() {
    return "/ws/events?after=" + next;
  }

  @Override
  public void accept(String frame) {
    JsonNode tree;
    try {
      tree = codec.mapper().readTree(frame);
    } catch (IOException e) {
      return;
    }
    for (JsonNode node : tree.path("events")) {
      long position = node.path("position").asLong();
      catalog.remember(json.eventOrUndecodable(position, node));
    }
    next = tree.path("next").asLong(next);
  }
}
