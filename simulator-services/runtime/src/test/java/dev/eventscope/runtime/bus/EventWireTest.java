package dev.eventscope.runtime.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderCancelled;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventWireTest {
  private final EventWire wire = new EventWire(BusFixtures.CODEC);

  @Test
  void carries_the_documented_envelope_keys_plus_the_position() throws Exception {
    StoredEvent event = BusFixtures.event(42, UUID.randomUUID(), 3);
    JsonNode json = BusFixtures.CODEC.mapper().readTree(wire.encode(event));
    List<String> keys = List.of("messageId", "type", "schemaVersion", "correlationId", "causationId", "occurredAt", "source",
        "replay", "aggregateId", "version", "payload", "position");
    assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(keys);
    assertThat(json.get("position").asLong()).isEqualTo(42);
    assertThat(json.get("version").asLong()).isEqualTo(3);
  }

  @Test
  void writes_byte_for_byte_what_serialising_the_codecs_envelope_tree_writes() throws Exception {
    UUID order = UUID.randomUUID();
    Envelope<PlaceOrder> place = Envelope.first(new PlaceOrder(order, "c-1", List.of(new OrderLine("SKU-1", 2, 150)), null), 1, "test");
    List<StoredEvent> events = List.of(
        BusFixtures.event(7, UUID.randomUUID(), 1),
        new StoredEvent(8, place.causes((Event) new OrderPlaced(order, "c-1", List.of(new OrderLine("SKU-1", 2, 150)), 300, "EUR", null), 2,
            "orders").inStream(order.toString(), 1)),
        new StoredEvent(9, Envelope.first((Event) new OrderCancelled(order, "changed \"mind\" ü"), 1, "orders")));
    for (StoredEvent event : events) {
      ObjectNode tree = BusFixtures.CODEC.envelopeTree(event.envelope());
      tree.put("position", event.position());
      assertThat(new String(wire.encode(event), StandardCharsets.UTF_8))
          .isEqualTo(new String(BusFixtures.CODEC.mapper().writeValueAsBytes(tree), StandardCharsets.UTF_8));
      assertThat(wire.decode(wire.encode(event))).isEqualTo(event);
    }
  }

  @Test
  void decodes_what_it_encoded() {
    StoredEvent event = BusFixtures.event(7, UUID.randomUUID(), 1);
    assertThat(wire.decode(wire.encode(event))).isEqualTo(event);
  }

  @Test
  void headers_repeat_the_ids() {
    StoredEvent event = BusFixtures.event(7, UUID.randomUUID(), 1);
    assertThat(EventWire.headers(event))
        .containsEntry("es-message-id", event.envelope().messageId().toString())
        .containsEntry("es-type", "OrderConfirmed")
        .containsEntry("es-correlation-id", event.envelope().correlationId().toString())
        .containsEntry("es-causation-id", event.envelope().causationId().toString());
  }

  @Test
  void refuses_a_message_without_a_position_or_of_an_unknown_type_or_not_an_event() throws Exception {
    StoredEvent event = BusFixtures.event(7, UUID.randomUUID(), 1);
    ObjectNode tree = (ObjectNode) BusFixtures.CODEC.mapper().readTree(wire.encode(event));
    tree.remove("position");
    byte[] noPosition = BusFixtures.CODEC.mapper().writeValueAsBytes(tree);
    assertThatThrownBy(() -> wire.decode(noPosition)).isInstanceOf(ContractException.class).hasMessageContaining("position");

    tree.put("position", 7).put("type", "NoSuchThing");
    byte[] unknown = BusFixtures.CODEC.mapper().writeValueAsBytes(tree);
    assertThatThrownBy(() -> wire.decode(unknown)).isInstanceOf(ContractException.class);

    assertThatThrownBy(() -> wire.decode("not json".getBytes())).isInstanceOf(ContractException.class);
  }
}
