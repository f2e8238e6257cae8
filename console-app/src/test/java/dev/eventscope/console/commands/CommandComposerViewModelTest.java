package dev.eventscope.console.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.ui.MessageCatalog;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.json.JsonCodec;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.runtime.system.EventSystem;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The composer against a real in-memory system; UI and background work run on the test thread. */
class CommandComposerViewModelTest {
  private static final JsonCodec CODEC = new JsonCodec(OrderFulfilmentContracts.registry());
  private static final MessageCatalog CATALOG = new MessageCatalog(CODEC);
  private static EventSystem system;
  private CommandComposerViewModel viewModel;

  @BeforeAll
  static void startSystem() {
    system = OrderFulfilmentSystem.start(SystemSettings.inMemory(), List.of(CATALOG));
  }

  @AfterAll
  static void stopSystem() {
    system.close();
  }

  @BeforeEach
  void composer() {
    CommandSender sender = new CommandSender(CODEC, system.mediator(), CATALOG);
    viewModel = new CommandComposerViewModel(CODEC.registry(), sender, new OrderPlacer(system.mediator(), "console"),
        UiExecutor.immediate(), Runnable::run);
  }

  private void choose(String type) {
    Contract contract = viewModel.commands().stream().filter(c -> c.name().equals(type)).findFirst().orElseThrow();
    viewModel.selectedProperty().set(contract);
  }

  @Test
  void offers_commands_only_and_starts_on_place_order() {
    assertThat(viewModel.commands()).extracting(Contract::kind).containsOnly(dev.eventscope.contracts.message.MessageKind.COMMAND);
    assertThat(viewModel.commands()).extracting(Contract::name).contains("PlaceOrder", "RestockItem").doesNotContain("OrderPlaced");
    assertThat(viewModel.selectedProperty().get().name()).isEqualTo("PlaceOrder");
  }

  @Test
  void sends_a_command_from_the_form_and_shows_the_answer() {
    choose("RestockItem");
    viewModel.value("sku").set("SKU-042");
    viewModel.value("quantity").set("5");

    viewModel.send();

    SendOutcome outcome = viewModel.outcomeProperty().get();
    assertThat(outcome.kind()).isEqualTo(SendOutcome.Kind.ACCEPTED);
    assertThat(outcome.lines().get(0)).contains("SKU-042");
    assertThat(outcome.correlationId()).isNotNull();
    assertThat(CATALOG.find(outcome.correlationId())).as("the body is kept for the details pane").isPresent();
    assertThat(viewModel.busyProperty().get()).isFalse();
  }

  @Test
  void marks_fields_that_cannot_be_sent_without_sending() {
    choose("RestockItem");
    viewModel.value("sku").set("SKU-042");
    viewModel.value("quantity").set("none");

    viewModel.send();

    assertThat(viewModel.outcomeProperty().get().kind()).isEqualTo(SendOutcome.Kind.INVALID);
    assertThat(viewModel.fieldErrors()).containsEntry("quantity", "is not a whole number");
  }

  @Test
  void shows_the_systems_validation_message_inline() {
    choose("RestockItem");
    viewModel.jsonModeProperty().set(true);
    viewModel.jsonTextProperty().set("{\"sku\": \"\", \"quantity\": 3}");

    viewModel.send();

    SendOutcome outcome = viewModel.outcomeProperty().get();
    assertThat(outcome.kind()).isEqualTo(SendOutcome.Kind.INVALID);
    assertThat(outcome.lines()).anySatisfy(line -> assertThat(line).contains("sku"));
  }

  @Test
  void shows_a_rejection_with_its_business_reason() {
    choose("ConfirmOrder");
    viewModel.send();

    SendOutcome outcome = viewModel.outcomeProperty().get();
    assertThat(outcome.isError()).isTrue();
    assertThat(outcome.kind()).isIn(SendOutcome.Kind.REJECTED, SendOutcome.Kind.FAILED);
    assertThat(outcome.lines()).isNotEmpty();
  }

  @Test
  void json_mode_starts_from_what_the_form_holds_and_goes_back_field_by_field() {
    choose("RestockItem");
    viewModel.value("sku").set("SKU-007");

    viewModel.jsonModeProperty().set(true);
    assertThat(viewModel.jsonTextProperty().get()).contains("\"sku\" : \"SKU-007\"");
    viewModel.jsonTextProperty().set("{\"sku\": \"SKU-008\", \"quantity\": 4}");
    viewModel.jsonModeProperty().set(false);

    assertThat(viewModel.value("sku").get()).isEqualTo("SKU-008");
    assertThat(viewModel.value("quantity").get()).isEqualTo("4");
  }

  @Test
  void places_random_orders_after_restocking() {
    viewModel.placeRandomOrders(3);

    assertThat(viewModel.outcomeProperty().get().headline()).isEqualTo("Placed 3 of 3 orders");
  }
}
