package dev.eventscope.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.contracts.registry.UnknownMessageTypeException;
import dev.eventscope.contracts.registry.UnsupportedSchemaVersionException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
  private final JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());

  private static PlaceOrder placeOrder() {
    return new PlaceOrder(UUID.randomUUID(), "customer-1", List.of(new OrderLine("SKU-001", 2, 500)), "tok_visa");
  }

  @Test
  void an_envelope_survives_a_round_trip() {
    Envelope<PlaceOrder> envelope = Envelope.first(placeOrder(), 1, "console");

    Envelope<Message> decoded = codec.decode(codec.encode(envelope));

    assertThat(decoded).isEqualTo(envelope);
  }

  @Test
  void unknown_type_names_are_refused_with_the_name() {
    ObjectNode node = codec.envelopeTree(Envelope.first(placeOrder(), 1, "console"));
    node.put("type", "java.lang.Runtime");

    assertThatThrownBy(() -> codec.decode(node))
        .isInstanceOf(UnknownMessageTypeException.class)
        .hasMessageContaining("java.lang.Runtime");
  }

  @Test
  void class_names_inside_a_payload_never_choose_a_type() {
    String json = "{\"@class\":\"java.net.URL\",\"orderId\":\"" + UUID.randomUUID() + "\",\"customerId\":\"c\",\"lines\":[]}";

    assertThatThrownBy(() -> codec.decodePayload("PlaceOrder", json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining("@class");
  }

  @Test
  void a_version_1_order_placed_is_upcast_with_the_currency_it_implied() {
    Contract contract = codec.registry().require("OrderPlaced");
    ObjectNode v1 = codec.mapper().createObjectNode();
    v1.put("orderId", UUID.randomUUID().toString()).put("customerId", "c-1").put("totalCents", 1000);
    v1.putArray("lines").addObject().put("sku", "SKU-001").put("quantity", 2).put("unitPriceCents", 500);

    OrderPlaced placed = (OrderPlaced) codec.decodePayload(contract, 1, v1);

    assertThat(contract.version()).isEqualTo(2);
    assertThat(placed.currency()).isEqualTo("EUR");
    assertThat(placed.totalCents()).isEqualTo(1000);
  }

  @Test
  void a_schema_version_from_the_future_is_refused_clearly() {
    Contract contract = codec.registry().require("OrderPlaced");

    assertThatThrownBy(() -> codec.decodePayload(contract, 3, codec.mapper().createObjectNode()))
        .isInstanceOf(UnsupportedSchemaVersionException.class)
        .hasMessageContaining("newer than this build knows");
  }

  @Test
  void deeply_nested_json_is_refused() {
    String deep = "[".repeat(200) + "]".repeat(200);

    assertThatThrownBy(() -> codec.decodePayload("PlaceOrder", deep.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ContractException.class);
  }
}
