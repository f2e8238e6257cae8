package dev.eventscope.console.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.contracts.message.MessageKind;
import dev.eventscope.contracts.registry.Contract;
import dev.eventscope.contracts.registry.ContractRegistry;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The composer's state, on the UI thread: the chosen command, its generated form (one text per
 * field) or its JSON body as text, the last outcome and whether a send is in flight. Sending and
 * placing orders run on the background executor; their outcomes come back through the UI executor.
 */
public final class CommandComposerViewModel {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CommandSender sender;
  private final OrderPlacer placer;
  private final UiExecutor ui;
  private final Executor background;
  private final ObservableList<Contract> commands;
  private final ObjectProperty<Contract> selected = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<CommandForm> form = new ReadOnlyObjectWrapper<>();
  private final Map<String, StringProperty> values = new LinkedHashMap<>();
  private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
  private final BooleanProperty jsonMode = new SimpleBooleanProperty(false);
  private final StringProperty jsonText = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<SendOutcome> outcome = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

  public CommandComposerViewModel(ContractRegistry registry, CommandSender sender, OrderPlacer placer, UiExecutor ui, Executor background) {
    this.sender = sender;
    this.placer = placer;
    this.ui = ui;
    this.background = background;
    this.commands = FXCollections.observableArrayList(registry.ofKind(MessageKind.COMMAND).stream()
        .sorted(Comparator.comparing(Contract::context).thenComparing(Contract::name)).toList());
    selected.addListener((obs, old, next) -> useForm(next));
    jsonMode.addListener((obs, was, json) -> switchMode(json));
    if (!commands.isEmpty()) selected.set(commands.stream().filter(c -> c.name().equals("PlaceOrder")).findFirst().orElse(commands.get(0)));
  }

  private void useForm(Contract contract) {
    values.clear();
    fieldErrors.clear();
    outcome.set(null);
    if (contract == null) {
      form.set(null);
      return;
    }
    CommandForm next = CommandForm.fromSchema(contract.name(), contract.schema());
    next.initialValues().forEach((name, value) -> values.put(name, new SimpleStringProperty(value)));
    jsonText.set(next.toJson(next.initialValues()).prettyBody());
    form.set(next);
  }

  /** Form → JSON keeps what was typed; JSON → form copies values back field by field. */
  private void switchMode(boolean toJson) {
    CommandForm current = form.get();
    if (current == null) return;
    if (toJson) {
      jsonText.set(current.toJson(currentValues()).prettyBody());
      return;
    }
    try {
      JsonNode body = JSON.readTree(jsonText.get());
      for (FormField field : current.fields()) {
        JsonNode value = body.get(field.name());
        if (value == null || value.isNull()) values.get(field.name()).set("");
        else values.get(field.name()).set(value.isValueNode() ? value.asText() : CommandForm.pretty(value));
      }
    } catch (Exception e) {
      // Leave the form as it was: the JSON text is kept for the user to fix.
    }
  }

  private Map<String, String> currentValues() {
    Map<String, String> texts = new LinkedHashMap<>();
    values.forEach((name, value) -> texts.put(name, value.get()));
    return texts;
  }

  /** Sends the command as the form or the JSON text describes it. */
  public void send() {
    CommandForm current = form.get();
    if (current == null || busy.get()) return;
    String body;
    fieldErrors.clear();
    if (jsonMode.get()) {
      body = jsonText.get();
    } else {
      CommandForm.FormResult result = current.toJson(currentValues());
      if (!result.ok()) {
        fieldErrors.putAll(result.errors());
        outcome.set(new SendOutcome(SendOutcome.Kind.INVALID, "Fix the marked fields first",
            result.errors().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList(), null));
        return;
      }
      body = result.prettyBody();
    }
    String type = current.commandType();
    run(() -> sender.send(type, body));
  }

  /** Restocks and places {@code count} generated orders (a few declined or short, on purpose). */
  public void placeRandomOrders(int count) {
    long seed = ThreadLocalRandom.current().nextLong();
    run(() -> {
      int accepted = placer.place(count, seed, OrderPlacer.DEMO_DECLINE_RATE, OrderPlacer.DEMO_SHORTAGE_RATE);
      return new SendOutcome(SendOutcome.Kind.ACCEPTED, "Placed " + accepted + " of " + count + " orders",
          List.of("Watch them on the Flow screen; each is a flow on the Trace screen."), null);
    });
  }

  private void run(Supplier<SendOutcome> work) {
    busy.set(true);
    outcome.set(new SendOutcome(SendOutcome.Kind.SENDING, "Sending…", List.of(), null));
    try {
      background.execute(() -> finish(work));
    } catch (RejectedExecutionException closing) {
      // A click while the window closes: the system is already gone.
      busy.set(false);
      outcome.set(new SendOutcome(SendOutcome.Kind.FAILED, "The system is shutting down", List.of(), null));
    }
  }

  /** Background thread. */
  private void finish(Supplier<SendOutcome> work) {
    SendOutcome done;
    try {
      done = work.get();
    } catch (RuntimeException e) {
      done = new SendOutcome(SendOutcome.Kind.FAILED, "Failed", List.of(String.valueOf(e.getMessage())), null);
    }
    SendOutcome result = done;
    ui.execute(() -> {
      outcome.set(result);
      busy.set(false);
    });
  }

  public ObservableList<Contract> commands() {
    return commands;
  }

  public ObjectProperty<Contract> selectedProperty() {
    return selected;
  }

  public ReadOnlyObjectProperty<CommandForm> formProperty() {
    return form.getReadOnlyProperty();
  }

  /** The text of one field of the current form. */
  public StringProperty value(String field) {
    return values.get(field);
  }

  public ObservableMap<String, String> fieldErrors() {
    return fieldErrors;
  }

  public BooleanProperty jsonModeProperty() {
    return jsonMode;
  }

  public StringProperty jsonTextProperty() {
    return jsonText;
  }

  public ReadOnlyObjectProperty<SendOutcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
