package dev.eventscope.runtime.store;

import static dev.eventscope.runtime.store.StoreFixtures.CODEC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.eventscope.runtime.store.embedded.EmbeddedBackend;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import dev.eventscope.runtime.store.mongo.MongoBackend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBackendsTest {
  @TempDir
  Path dataDir;

  @Test
  void memory_and_embedded_are_chosen_by_name() {
    try (StoreBackend memory = StoreBackends.open("memory", dataDir, CODEC);
         StoreBackend embedded = StoreBackends.open(" Embedded ", dataDir, CODEC)) {
      assertThat(memory).isInstanceOf(InMemoryBackend.class);
      assertThat(embedded).isInstanceOf(EmbeddedBackend.class);
      assertThat(dataDir.resolve(EmbeddedBackend.FILE_NAME)).exists();
    }
  }

  @Test
  void a_mongodb_uri_opens_its_database_or_the_default_one() {
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind(new InetSocketAddress("127.0.0.1", 0));
    String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    try (StoreBackend named = StoreBackends.open(uri + "/shop", dataDir, CODEC);
         StoreBackend unnamed = StoreBackends.open(uri, dataDir, CODEC);
         StoreBackend flagged = StoreBackends.open(uri + "/shop", dataDir, CODEC, "audit")) {
      assertThat(named.events().describe()).endsWith("/shop)");
      assertThat(unnamed.events().describe()).endsWith("/" + MongoBackend.DEFAULT_DATABASE + ")");
      assertThat(flagged.events().describe()).endsWith("/audit)");
    } finally {
      server.shutdownNow();
    }
  }

  @Test
  void anything_else_is_refused_with_the_choices_and_without_credentials() {
    assertThatThrownBy(() -> StoreBackends.open("postgres://bob:hunter2@db/events", dataDir, CODEC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("memory, embedded, or a mongodb:// or mongodb+srv:// connection string")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> StoreBackends.open(null, dataDir, CODEC)).isInstanceOf(IllegalArgumentException.class);
  }
}
