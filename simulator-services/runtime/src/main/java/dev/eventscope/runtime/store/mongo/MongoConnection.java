package dev.eventscope.runtime.store.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.eventscope.runtime.store.StoreUnavailableException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.bson.BsonDocument;

/**
 * The client and database one backend works in, and the single place where driver failures
 * become {@link StoreUnavailableException}s that name the server (never the credentials).
 */
final class MongoConnection implements AutoCloseable {
  /** Short, so a wrong address fails in seconds with a clear message instead of hanging 30 s. */
  private static final long DEFAULT_SERVER_SELECTION_MS = 5_000;

  private final MongoClient client;
  private final MongoDatabase database;
  private final String prefix;
  private final String where;
  private final boolean srv;
  private final boolean tls;

  /** @param connectionString with or without Eventscope's options ({@link MongoStoreOptions}); the prefix is taken from it */
  MongoConnection(String connectionString, String databaseName) {
    MongoNames.checkDatabase(databaseName);
    this.prefix = MongoStoreOptions.prefix(connectionString);
    MongoNames.checkPrefix(prefix);
    ConnectionString uri = parse(MongoStoreOptions.driverUri(connectionString));
    this.where = String.join(",", uri.getHosts());
    this.srv = uri.isSrvProtocol();
    this.tls = Boolean.TRUE.equals(uri.getSslEnabled()) || srv;
    MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(uri);
    if (uri.getServerSelectionTimeout() == null) {
      settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(DEFAULT_SERVER_SELECTION_MS, TimeUnit.MILLISECONDS));
    }
    if (uri.getConnectTimeout() == null) {
      settings.applyToSocketSettings(socket -> socket.connectTimeout((int) DEFAULT_SERVER_SELECTION_MS, TimeUnit.MILLISECONDS));
    }
    if (uri.getApplicationName() == null) settings.applicationName("eventscope");
    String caFile = MongoStoreOptions.tlsCaFile(connectionString);
    if (caFile != null) {
      SSLContext trusting = TlsCaFiles.context(Path.of(caFile));
      settings.applyToSslSettings(ssl -> ssl.context(trusting));
    }
    this.client = MongoClients.create(settings.build());
    this.database = client.getDatabase(databaseName);
  }

  private static ConnectionString parse(String connectionString) {
    try {
      return new ConnectionString(connectionString);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a MongoDB connection string (" + MongoUris.masked(connectionString) + "): " + e.getMessage(), e);
    }
  }

  MongoCollection<BsonDocument> collection(String name) {
    return database.getCollection(prefix + name, BsonDocument.class);
  }

  /** What every collection name starts with (empty = nothing). */
  String prefix() {
    return prefix;
  }

  String databaseName() {
    return database.getName();
  }

  /** {@code host:port[,host:port]}: what messages and {@code describe()} show. */
  String where() {
    return where;
  }

  /** Runs one store operation, turning connection trouble into a store-unavailable error. */
  <T> T call(String what, Supplier<T> operation) {
    try {
      return operation.get();
    } catch (MongoTimeoutException e) {
      String reason = WhyUnreachable.reason(e, where, srv, tls);
      throw new StoreUnavailableException("MongoDB at " + where + " is not reachable (no answer in time) while trying to " + what
          + (reason.isEmpty() ? "" : ": " + reason), e);
    } catch (MongoSocketException e) {
      throw new StoreUnavailableException("MongoDB at " + where + " dropped the connection while trying to " + what, e);
    } catch (MongoSecurityException e) {
      throw new StoreUnavailableException("MongoDB at " + where + " refused the credentials while trying to " + what, e);
    } catch (MongoException e) {
      throw new StoreUnavailableException("MongoDB at " + where + " failed to " + what + ": " + e.getMessage(), e);
    }
  }

  void run(String what, Runnable operation) {
    call(what, () -> {
      operation.run();
      return null;
    });
  }

  @Override
  public void close() {
    client.close();
  }
}
