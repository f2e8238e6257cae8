package dev.eventscope.console.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.console.graph.SelectionDetails;
import dev.eventscope.console.ui.MessageCatalog;
import dev.eventscope.runtime.trace.Hop;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The details pane's state: the selected graph element's details (from the flow view-model), the
 * message picked from its recent list, and that message as JSON — the body from the message
 * catalog when the console saw it, with the hop's own facts always.
 */
public final class DetailsViewModel {
  private final ObservableValue<SelectionDetails> details;
  private final ObjectProperty<Hop> selectedHop = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper json = new ReadOnlyStringWrapper("");
  private final MessageCatalog catalog;
  private final ObjectMapper mapper;
  private final Consumer<Hop> openTrace;

  public DetailsViewModel(ObservableValue<SelectionDetails> details, MessageCatalog catalog, ObjectMapper mapper, Consumer<Hop> openTrace) {
    this.details = details;
    this.catalog = catalog;
    this.mapper = mapper;
    this.openTrace = openTrace;
    selectedHop.addListener((obs, old, hop) -> json.set(hop == null ? "" : describe(hop)));
  }

  public ObservableValue<SelectionDetails> detailsProperty() {
    return details;
  }

  public ObjectProperty<Hop> selectedHopProperty() {
    return selectedHop;
  }

  public ReadOnlyStringProperty jsonProperty() {
    return json.getReadOnlyProperty();
  }

  /** Switches to the trace screen on the selected message's flow. */
  public void openSelectedTrace() {
    Hop hop = selectedHop.get();
    if (hop != null) openTrace.accept(hop);
  }

  String describe(Hop hop) {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode step = root.putObject("hop");
    step.put("from", hop.from());
    step.put("to", hop.to());
    step.put("outcome", hop.outcome().name());
    step.put("durationMicros", hop.durationMicros());
    if (hop.detail() != null) step.put("detail", hop.detail());
    Optional<ObjectNode> body = catalog.find(hop.messageId());
    if (body.isPresent()) {
      root.set("message", body.get());
    } else {
      ObjectNode message = root.putObject("message");
      message.put("messageId", hop.messageId().toString());
      message.put("type", hop.messageType());
      message.put("correlationId", String.valueOf(hop.correlationId()));
      message.put("causationId", hop.causationId() == null ? null : hop.causationId().toString());
      message.put("replay", hop.replay());
      // Saga and simulator commands are not kept: only events and the console's own commands are.
      message.put("payload", "(body not kept by the console)");
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      return root.toString();
    }
  }
}
