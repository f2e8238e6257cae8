package dev.eventscope.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventscope.contracts.message.MessageKind;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.contracts.orders.OrderQuery.ListOrders;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.contracts.registry.ContractValidator;
import dev.eventscope.contracts.registry.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractRegistryTest {
  private final ContractRegistry registry = OrderFulfilmentContracts.registry();

  @Test
  void every_message_type_is_registered_once_under_its_simple_name() {
    assertThat(registry.all()).extracting(Contract::name).doesNotHaveDuplicates().contains("PlaceOrder", "OrderPlaced", "GetOrderSummary");
    assertThat(registry.require("PlaceOrder").kind()).isEqualTo(MessageKind.COMMAND);
    assertThat(registry.require("OrderPlaced").kind()).isEqualTo(MessageKind.EVENT);
    assertThat(registry.require("ListOrders").kind()).isEqualTo(MessageKind.QUERY);
    assertThat(registry.require("ReserveStock").context()).isEqualTo("inventory");
  }

  @Test
  void schemas_state_formats_enums_minimums_and_required_fields() {
    JsonNode placeOrder = registry.require("PlaceOrder").schema();
    JsonNode listOrders = registry.require("ListOrders").schema();

    assertThat(placeOrder.path("properties").path("orderId").path("format").asText()).isEqualTo("uuid");
    assertThat(placeOrder.path("properties").path("lines").path("items").path("properties").path("quantity").path("minimum").asInt()).isEqualTo(1);
    assertThat(placeOrder.path("required").toString()).contains("orderId", "customerId", "lines").doesNotContain("paymentToken");
    assertThat(listOrders.path("properties").path("status").path("enum").toString()).contains("PENDING", "CONFIRMED");
  }

  @Test
  void the_validator_names_every_broken_field() {
    PlaceOrder broken = new PlaceOrder(UUID.randomUUID(), " ", List.of(new OrderLine("SKU-1", 0, -5)), null);

    List<Violation> violations = ContractValidator.violations(broken);

    assertThat(violations).extracting(Violation::field)
        .containsExactlyInAnyOrder("customerId", "lines[0].quantity", "lines[0].unitPriceCents");
  }

  @Test
  void a_valid_message_has_no_violations() {
    PlaceOrder order = new PlaceOrder(UUID.randomUUID(), "c-1", List.of(new OrderLine("SKU-1", 1, 100)), null);

    assertThat(ContractValidator.violations(order)).isEmpty();
  }

  @Test
  void the_validator_names_missing_fields_empty_lists_null_items_and_broken_nested_records_by_their_path() {
    assertThat(ContractValidator.violations(new PlaceOrder(null, null, List.of(), null)))
        .extracting(Violation::field, Violation::problem)
        .containsExactlyInAnyOrder(tuple("orderId", "is required"),
            tuple("customerId", "is required"),
            tuple("lines", "must not be empty"));
    assertThat(ContractValidator.violations(new PlaceOrder(UUID.randomUUID(), "c-1", Arrays.asList(new OrderLine("SKU-1", 1, 1), null,
        new OrderLine(null, 1, 1)), "")))
        .extracting(Violation::field, Violation::problem)
        .containsExactlyInAnyOrder(tuple("lines[1]", "must not be null"),
            tuple("lines[2].sku", "is required"));
    assertThat(ContractValidator.violations(new ListOrders(null, null, 0))).extracting(Violation::field).containsExactly("limit");
  }

  /** Fields declared loosely: what is checked follows the value they hold. */
  private record Loose(CharSequence label, Object detail) {}

  @Test
  void fields_declared_as_interfaces_are_checked_by_the_value_they_hold() {
    assertThat(ContractValidator.violations(new Loose(" ", new Loose(null, List.of()))))
        .extracting(Violation::field, Violation::problem)
        .containsExactlyInAnyOrder(tuple("label", "must not be blank"),
            tuple("detail.label", "is required"),
            tuple("detail.detail", "must not be empty"));
  }
}
