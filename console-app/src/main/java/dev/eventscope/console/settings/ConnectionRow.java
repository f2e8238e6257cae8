package dev.eventscope.console.settings;

import dev.eventscope.console.cli.UriCredentials;
import dev.eventscope.console.cli.UriMasking;
import dev.eventscope.console.ui.UiExecutor;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection on the Settings screen: the address without its password, the password apart
 * (so neither the field nor a log line ever shows it), and the outcome of the last test.
 */
public final class ConnectionRow {
  static final Duration TIMEOUT = Duration.ofSeconds(3);
  private static final Pattern USER = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/?#@]*)@");
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionRow.class);

  private final Connection connection;
  private final StringProperty address = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<CheckState> state = new ReadOnlyObjectWrapper<>(CheckState.UNTESTED);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Not tested");
  private final ConnectionProbe probe;
  private final Executor background;
  private final UiExecutor ui;
  private String saved = "";
  private long attempt;

  ConnectionRow(Connection connection, ConnectionProbe probe, Executor background, UiExecutor ui) {
    this.connection = connection;
    this.probe = probe;
    this.background = background;
    this.ui = ui;
    address.addListener((obs, old, next) -> untested());
    password.addListener((obs, old, next) -> untested());
  }

  /** Shows {@code uri} (the full one, password included) split into the address and the password. */
  void load(String uri) {
    UriCredentials.Split split = UriCredentials.split(uri == null ? "" : uri);
    String credentials = split.credentials();
    address.set(split.publicPart() == null ? "" : split.publicPart());
    password.set(credentials == null ? "" : credentials.substring(credentials.indexOf(':') + 1));
    saved = value();
    untested();
  }

  /** The full address to connect with and to save, the password joined back in; blank means the default. */
  public String value() {
    String shown = address.get() == null ? "" : address.get().strip();
    String secret = password.get() == null ? "" : password.get();
    if (shown.isEmpty() || secret.isEmpty()) return shown;
    Matcher user = USER.matcher(shown);
    String name = user.find() ? user.group(1).split(":", 2)[0] : "";
    return UriCredentials.join(shown, name + ":" + secret);
  }

  /** What a test connects to: the value, or the default when the field is empty. */
  String target() {
    String value = value();
    return value.isEmpty() ? connection.defaultAddress() : value;
  }

  /** Tries the connection on a background thread; the outcome arrives on the UI thread. */
  public void test() {
    long mine = ++attempt;
    String target = target();
    state.set(CheckState.TESTING);
    message.set("Testing " + UriMasking.mask(target) + "…");
    background.execute(() -> {
      String failure = null;
      try {
        probe.check(connection, target, TIMEOUT);
        LOG.info("{} connection test to {} succeeded", connection.label(), UriMasking.mask(target));
      } catch (Exception | LinkageError e) {
        failure = ProbeFailure.describe(e);
        LOG.info("{} connection test to {} failed: {}", connection.label(), UriMasking.mask(target), failure);
      }
      String outcome = failure;
      ui.execute(() -> finished(mine, outcome));
    });
  }

  private void finished(long which, String failure) {
    // An answer to an older address (edited since) is not this address's answer.
    if (which != attempt) return;
    state.set(failure == null ? CheckState.OK : CheckState.FAILED);
    message.set(failure == null ? "Connected" : failure);
  }

  private void untested() {
    attempt++;
    state.set(CheckState.UNTESTED);
    message.set("Not tested");
  }

  /** Changed since loaded or saved, and not shown to work. */
  boolean unverified() {
    return !value().equals(saved) && state.get() != CheckState.OK;
  }

  void markSaved() {
    saved = value();
  }

  public Connection connection() {
    return connection;
  }

  public StringProperty addressProperty() {
    return address;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public ReadOnlyObjectProperty<CheckState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
