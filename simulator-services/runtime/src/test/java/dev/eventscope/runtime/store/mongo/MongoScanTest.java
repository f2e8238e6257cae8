package dev.eventscope.runtime.store.mongo;

import static dev.eventscope.runtime.store.StoreFixtures.aggregateId;
import static dev.eventscope.runtime.store.StoreFixtures.orderEvents;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.bus.TcpProxy;
import dev.eventscope.runtime.store.EventScan;
import dev.eventscope.runtime.store.StoreFixtures;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MongoScanTest {
  private final MongoTestServer server = MongoTestServer.shared();
  private final String database = MongoTestServer.freshDatabase();

  @Test
  void a_scan_whose_connection_drops_opens_a_new_cursor_after_the_last_event_and_loses_and_repeats_nothing() {
    List<StoredEvent> stored = new ArrayList<>();
    try (MongoBackend writer = new MongoBackend(server.uri(), database, StoreFixtures.CODEC)) {
      for (int order = 0; order < 10; order++) stored.addAll(writer.events().append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 3)));
    }
    try (TcpProxy proxy = new TcpProxy("127.0.0.1", Integer.parseInt(server.hostAndPort().split(":")[1]));
        MongoBackend reader = new MongoBackend("mongodb://127.0.0.1:" + proxy.port(), database, StoreFixtures.CODEC)) {
      List<StoredEvent> read = new ArrayList<>();
      try (EventScan scan = reader.events().scan(0, reader.events().lastPosition(), 4)) {
        read.addAll(scan.next());
        proxy.dropConnections();
        for (List<StoredEvent> page = scan.next(); !page.isEmpty(); page = scan.next()) read.addAll(page);
      }

      assertThat(read).isEqualTo(stored);
    }
  }
}
