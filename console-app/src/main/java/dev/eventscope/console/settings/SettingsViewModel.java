package dev.eventscope.console.settings;

import dev.eventscope.console.cli.SettingsFile;
import dev.eventscope.console.cli.SettingsWriter;
import dev.eventscope.console.cli.UsageException;
import dev.eventscope.console.ui.UiExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Settings screen's state: one {@link ConnectionRow} per connection and the store choice,
 * loaded from and saved to {@code settings.yaml} (passwords to {@code secrets.yaml}). Saving a
 * connection that was changed but not shown to work is the view's to confirm: see {@link #unverified()}.
 */
public final class SettingsViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);

  private final SettingsWriter writer;
  private final Map<Connection, ConnectionRow> rows = new EnumMap<>(Connection.class);
  private final ObjectProperty<StoreChoice> store = new SimpleObjectProperty<>(StoreChoice.DEFAULT);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

  public SettingsViewModel(Path settingsFile, ConnectionProbe probe, Executor background, UiExecutor ui) {
    this.writer = new SettingsWriter(settingsFile);
    for (Connection connection : Connection.values()) rows.put(connection, new ConnectionRow(connection, probe, background, ui));
    load();
  }

  /** Reads the files again (what the command line would use from them). */
  public void load() {
    SettingsFile file;
    try {
      file = SettingsFile.load(writer.settingsFile());
      for (ConnectionRow row : rows.values()) row.load(file.get(row.connection().key()).orElse(""));
      store.set(StoreChoice.of(file.get("store").orElse(null)));
      status.set("Stored in " + writer.settingsFile() + "; passwords in " + writer.secretsFile() + " (owner only).");
    } catch (UsageException e) {
      LOG.warn("could not read the settings: {}", e.getMessage());
      status.set(e.getMessage());
    }
  }

  /** The connections changed since the last save that were not tested, or whose test failed. */
  public List<Connection> unverified() {
    return rows.values().stream().filter(ConnectionRow::unverified).map(ConnectionRow::connection).toList();
  }

  /** Writes both files; answers whether it worked (the status says what happened either way). */
  public boolean save() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("store", store.get().setting());
    for (ConnectionRow row : rows.values()) values.put(row.connection().key(), row.value());
    try {
      writer.save(values);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not save the settings to {}: {}", writer.settingsFile(), e.getMessage());
      status.set("Could not save: " + ProbeFailure.describe(e));
      return false;
    }
    rows.values().forEach(ConnectionRow::markSaved);
    LOG.info("settings saved to {}", writer.settingsFile());
    status.set("Saved to " + writer.settingsFile() + " (passwords in " + writer.secretsFile().getFileName()
        + "). Store and broker changes apply the next time a command or the console starts.");
    return true;
  }

  public ConnectionRow row(Connection connection) {
    return rows.get(connection);
  }

  public List<ConnectionRow> rows() {
    return List.copyOf(rows.values());
  }

  public ObjectProperty<StoreChoice> storeProperty() {
    return store;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
