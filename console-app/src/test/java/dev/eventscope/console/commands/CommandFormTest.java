package dev.eventscope.console.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.registry.Contract;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandFormTest {
  private static CommandForm formFor(String type) {
    Contract contract = OrderFulfilmentContracts.registry().require(type);
    return CommandForm.fromSchema(contract.name(), contract.schema());
  }

  private static FormField field(CommandForm form, String name) {
    return form.fields().stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void makes_one_field_per_schema_property_with_its_kind_and_whether_it_is_required() {
    CommandForm form = formFor("PlaceOrder");

    assertThat(form.fields()).extracting(FormField::name).containsExactly("orderId", "customerId", "lines", "paymentToken");
    assertThat(field(form, "orderId").kind()).isEqualTo(FormField.Kind.UUID);
    assertThat(field(form, "customerId").kind()).isEqualTo(FormField.Kind.TEXT);
    assertThat(field(form, "lines").kind()).as("lists are edited as JSON").isEqualTo(FormField.Kind.JSON);
    assertThat(field(form, "paymentToken").required()).isFalse();
    assertThat(field(form, "orderId").required()).isTrue();
  }

  @Test
  void a_new_id_is_filled_in_and_a_list_starts_as_a_skeleton_of_its_items() {
    CommandForm form = formFor("PlaceOrder");

    assertThat(field(form, "orderId").initialValue()).matches("[0-9a-f-]{36}");
    assertThat(field(form, "lines").initialValue()).contains("\"sku\"", "\"quantity\"", "\"unitPriceCents\"").startsWith("[");
  }

  @Test
  void integers_know_their_minimum() {
    FormField quantity = field(formFor("RestockItem"), "quantity");

    assertThat(quantity.kind()).isEqualTo(FormField.Kind.INTEGER);
    assertThat(quantity.minimum()).isEqualTo(1L);
    assertThat(quantity.initialValue()).isEqualTo("1");
    assertThat(quantity.hint()).isEqualTo("integer ≥ 1");
  }

  @Test
  void filled_in_fields_make_a_body_the_contract_registry_decodes() {
    CommandForm form = formFor("PlaceOrder");
    Map<String, String> values = new LinkedHashMap<>(form.initialValues());
    values.put("customerId", "customer-007");
    values.put("lines", "[{\"sku\": \"SKU-001\", \"quantity\": 2, \"unitPriceCents\": 1250}]");

    CommandForm.FormResult result = form.toJson(values);
    JsonCodec codec = new JsonCodec(OrderFulfilmentContracts.registry());
    PlaceOrder decoded = (PlaceOrder) codec.decodePayload("PlaceOrder", result.prettyBody().getBytes(StandardCharsets.UTF_8));

    assertThat(result.ok()).isTrue();
    assertThat(result.body().has("paymentToken")).as("an empty optional field is left out").isFalse();
    assertThat(decoded.customerId()).isEqualTo("customer-007");
    assertThat(decoded.lines()).singleElement().satisfies(line -> assertThat(line.quantity()).isEqualTo(2));
  }

  @Test
  void says_which_fields_cannot_be_sent_and_why() {
    CommandForm form = formFor("ReserveStock");
    Map<String, String> values = new LinkedHashMap<>(form.initialValues());
    values.put("orderId", "not-a-uuid");
    values.put("quantity", "0");

    Map<String, String> errors = form.toJson(values).errors();

    assertThat(errors).containsEntry("orderId", "is not a UUID").containsEntry("quantity", "must be at least 1");
    assertThat(form.toJson(Map.of("sku", "SKU-001", "orderId", "", "quantity", "two")).errors())
        .containsEntry("orderId", "is required").containsEntry("quantity", "is not a whole number");
  }

  @Test
  void bad_json_in_a_list_field_is_reported_on_that_field() {
    CommandForm form = formFor("PlaceOrder");
    Map<String, String> values = new LinkedHashMap<>(form.initialValues());
    values.put("lines", "[{\"sku\": ");

    assertThat(form.toJson(values).errors()).containsKey("lines");
  }

  @Test
  void enums_become_choices_and_booleans_true_or_false() {
    ObjectNode schema = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("status").put("type", "string").putArray("enum").add("PLACED").add("CONFIRMED");
    properties.putObject("express").put("type", "boolean");
    schema.putArray("required").add("status");

    CommandForm form = CommandForm.fromSchema("Example", schema);

    assertThat(field(form, "status").choices()).isEqualTo(List.of("PLACED", "CONFIRMED"));
    assertThat(field(form, "status").initialValue()).isEqualTo("PLACED");
    assertThat(form.toJson(Map.of("status", "CONFIRMED", "express", "yes")).errors()).containsEntry("express", "must be true or false");
    assertThat(form.toJson(Map.of("status", "CONFIRMED", "express", "TRUE")).body().get("express").booleanValue()).isTrue();
  }
}
