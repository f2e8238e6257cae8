package dev.eventscope.runtime.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoreUnavailableException;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageFeedTest {
  @Test
  void dense_positions_are_read_in_ranges_by_two_readers_and_come_out_once_each_in_order() {
    InMemoryEventStore store = new InMemoryEventStore();
    List<StoredEvent> stored = ReplayFixtures.orders(store, 23);

    List<StoredEvent> read = readAll(new PageFeed(store, 0, store.lastPosition(), stored.size(), 5, "dense"));

    assertThat(read).isEqualTo(stored);
  }

  @Test
  void a_range_from_the_middle_ends_where_it_was_asked_to() {
    InMemoryEventStore store = new InMemoryEventStore();
    List<StoredEvent> stored = ReplayFixtures.orders(store, 20);

    List<StoredEvent> read = readAll(new PageFeed(store, 7, 31, 24, 4, "middle"));

    assertThat(read).extracting(StoredEvent::position).containsExactlyElementsOf(
        stored.stream().map(StoredEvent::position).filter(position -> position > 7 && position <= 31).toList());
  }

  @Test
  void holes_in_the_positions_lose_nothing_whether_they_are_few_or_most() {
    List<StoredEvent> template = ReplayFixtures.orders(new InMemoryEventStore(), 60);
    PositionedStore fewHoles = new PositionedStore();
    PositionedStore mostlyHoles = new PositionedStore();
    for (int i = 0; i < template.size(); i++) {
      if (i % 7 != 3) fewHoles.put(i + 1, template.get(i).envelope());
      mostlyHoles.put(i < 20 ? i + 1 : 10_000L + i * 97L, template.get(i).envelope());
    }

    assertThat(readAll(new PageFeed(fewHoles, 0, fewHoles.lastPosition(), fewHoles.size(), 6, "few"))).isEqualTo(fewHoles.all());
    assertThat(readAll(new PageFeed(mostlyHoles, 0, mostlyHoles.lastPosition(), mostlyHoles.size(), 6, "most")))
        .isEqualTo(mostlyHoles.all());
  }

  @Test
  void a_read_that_fails_is_thrown_to_the_replay_after_the_pages_before_it() {
    PositionedStore store = new PositionedStore();
    List<StoredEvent> template = ReplayFixtures.orders(new InMemoryEventStore(), 10);
    for (int i = 0; i < template.size(); i++) store.put(i + 1, template.get(i).envelope());
    store.failAfterReads(2);

    PageFeed feed = new PageFeed(store, 0, store.lastPosition(), store.size(), 3, "failing");

    List<StoredEvent> read = new ArrayList<>();
    assertThatThrownBy(() -> {
      for (List<StoredEvent> page = feed.next(); page != null; page = feed.next()) read.addAll(page);
    }).isInstanceOf(StoreUnavailableException.class).hasMessageContaining("disk unplugged");
    assertThat(read).isEqualTo(store.all().subList(0, read.size()));
    feed.close();
  }

  @Test
  void closing_a_feed_that_reads_ahead_stops_its_readers() {
    InMemoryEventStore store = new InMemoryEventStore();
    List<StoredEvent> stored = ReplayFixtures.orders(store, 200);
    PageFeed feed = new PageFeed(store, 0, store.lastPosition(), stored.size(), 2, "closed");
    assertThat(feed.next()).hasSize(2);
    await().atMost(Duration.ofSeconds(5)).until(() -> readerThreads("closed") == 2);

    feed.close();

    await().atMost(Duration.ofSeconds(5)).until(() -> readerThreads("closed") == 0);
  }

  private static long readerThreads(String name) {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().endsWith("-" + name) && t.isAlive()).count();
  }

  private static List<StoredEvent> readAll(PageFeed feed) {
    List<StoredEvent> read = new ArrayList<>();
    try (feed) {
      for (List<StoredEvent> page = feed.next(); page != null; page = feed.next()) read.addAll(page);
    }
    return read;
  }

  /** Events at whatever positions a test gives them, read through {@link EventStore#readAll} only. */
  private static final class PositionedStore implements EventStore {
    private final NavigableMap<Long, StoredEvent> events = new TreeMap<>();
    private final AtomicInteger readsLeft = new AtomicInteger(Integer.MAX_VALUE);

    void put(long position, Envelope<Event> envelope) {
      events.put(position, new StoredEvent(position, envelope));
    }

    void failAfterReads(int reads) {
      readsLeft.set(reads);
    }

    int size() {
      return events.size();
    }

    List<StoredEvent> all() {
      return List.copyOf(events.values());
    }

    @Override
    public synchronized List<StoredEvent> readAll(long afterPosition, int limit) {
      if (readsLeft.getAndDecrement() <= 0) throw new StoreUnavailableException("disk unplugged", null);
      return events.tailMap(afterPosition, false).values().stream().limit(limit).toList();
    }

    @Override
    public long lastPosition() {
      return events.isEmpty() ? 0 : events.lastKey();
    }

    @Override
    public List<StoredEvent> append(String aggregateId, long expectedVersion, List<Envelope<Event>> appended) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<StoredEvent> readStream(String aggregateId, long afterVersion) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void onAppend(Runnable listener) {}

    @Override
    public String describe() {
      return "positions chosen by a test";
    }
  }
}
