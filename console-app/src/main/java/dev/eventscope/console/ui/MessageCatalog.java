package dev.eventscope.console.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.MessageKind;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.subscriber.Subscriber;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The console's tap on message bodies. Hops carry ids, not payloads, so the details pane looks
 * bodies up here: every event (the catalog is a subscriber to every context) and every command the
 * console itself sent. Bounded: the oldest bodies are forgotten first.
 */
public final class MessageCatalog implements Subscriber {
  public static final String NAME = "console-inspector";
  public static final String NODE = "subscriber:" + NAME;
  private static final int CAPACITY = 5_000;

  private final JsonCodec codec;
  private final Set<String> contexts;
  private final Map<UUID, ObjectNode> bodies = new LinkedHashMap<>(256, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<UUID, ObjectNode> eldest) {
      return size() > CAPACITY;
    }
  };

  public MessageCatalog(JsonCodec codec) {
    this.codec = codec;
    this.contexts = codec.registry().ofKind(MessageKind.EVENT).stream()
        .map(contract -> contract.context()).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> contexts() {
    return contexts;
  }

  @Override
  public void handle(StoredEvent event) {
    remember(event.envelope());
  }

  public void remember(Envelope<?> envelope) {
    ObjectNode json = codec.envelopeTree(envelope);
    synchronized (bodies) {
      bodies.put(envelope.messageId(), json);
    }
  }

  /** The message as JSON (envelope and payload), if the console saw its body. */
  public Optional<ObjectNode> find(UUID messageId) {
    synchronized (bodies) {
      return Optional.ofNullable(bodies.get(messageId));
    }
  }
}
