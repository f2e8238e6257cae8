package dev.eventscope.runtime.bus.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderCancelled;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one-pass decode takes what the wire writes and leaves everything else to the general path. */
class WireFastPathTest {
  private static final JsonCodec CODEC = new JsonCodec(OrderFulfilmentContracts.registry());
  private final EventWire wire = new EventWire(CODEC);
  private final WireFastPath fast = new WireFastPath(CODEC.mapper(), CODEC.registry());

  private static List<StoredEvent> events() {
    UUID order = UUID.randomUUID();
    List<OrderLine> lines = List.of(new OrderLine("SKU-1", 2, 150));
    Envelope<PlaceOrder> place = Envelope.first(new PlaceOrder(order, "c-1", lines, null), 1, "test");
    Envelope<Event> placed = place.causes((Event) new OrderPlaced(order, "c-1", lines, 300, "EUR", "tok"), 2, "orders").inStream(order.toString(), 1);
    return List.of(
        new StoredEvent(1, placed),
        new StoredEvent(2, placed.causes((Event) new OrderConfirmed(order), 1, "orders").inStream(order.toString(), 2).asReplay()),
        new StoredEvent(3, Envelope.first((Event) new OrderCancelled(order, null), 1, "orders")));
  }

  @Test
  void takes_what_the_wire_writes_and_answers_what_the_general_path_answers() {
    for (StoredEvent event : events()) {
      StoredEvent decoded = fast.decode(wire.encode(event));
      assertThat(decoded).isNotNull().isEqualTo(event).isEqualTo(generalPath(wire.encode(event)));
    }
  }

  @Test
  void leaves_other_shapes_to_the_general_path() throws Exception {
    StoredEvent event = events().get(0);
    ObjectNode tree = (ObjectNode) CODEC.mapper().readTree(wire.encode(event));

    ObjectNode older = tree.deepCopy();
    older.put("schemaVersion", 1);
    ((ObjectNode) older.get("payload")).remove("currency");
    ObjectNode extraKey = tree.deepCopy().put("extra", 1);
    ObjectNode payloadFirst = CODEC.mapper().createObjectNode();
    payloadFirst.set("payload", tree.get("payload"));
    tree.fields().forEachRemaining(field -> payloadFirst.set(field.getKey(), field.getValue()));
    ObjectNode noPosition = tree.deepCopy();
    noPosition.remove("position");
    ObjectNode unknownPayloadField = tree.deepCopy();
    ((ObjectNode) unknownPayloadField.get("payload")).put("surprise", true);

    for (ObjectNode shape : List.of(older, extraKey, payloadFirst, noPosition, unknownPayloadField)) {
      assertThat(fast.decode(CODEC.mapper().writeValueAsBytes(shape))).as(shape.toString()).isNull();
    }
    assertThat(fast.decode("not json".getBytes())).isNull();
    assertThat(fast.decode((new String(wire.encode(event)) + " {}").getBytes())).isNull();
    // The general path still reads the older version (upcast) and ignores the extra key.
    assertThat(wire.decode(CODEC.mapper().writeValueAsBytes(older)).payload()).isEqualTo(event.payload());
    assertThat(wire.decode(CODEC.mapper().writeValueAsBytes(extraKey))).isEqualTo(event);
  }

  /** What the tree-based decode answers (the fast path's reference). */
  private static StoredEvent generalPath(byte[] body) {
    try {
      ObjectNode tree = (ObjectNode) CODEC.mapper().readTree(body);
      long position = tree.remove(EventWire.POSITION).asLong();
      @SuppressWarnings("unchecked")
      Envelope<Event> envelope = (Envelope<Event>) (Envelope<?>) CODEC.decode(tree);
      return new StoredEvent(position, envelope);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
