package dev.eventscope.runtime.store;

import static dev.eventscope.runtime.store.StoreFixtures.aggregateId;
import static dev.eventscope.runtime.store.StoreFixtures.deadLetter;
import static dev.eventscope.runtime.store.StoreFixtures.orderEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.runtime.deadletter.DeadLetter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every event store promises, run against each implementation by a subclass: streams,
 * conflicts, idempotency, gap-safe reading under concurrent writers, upcasting, checkpoints and
 * dead letters.
 */
public abstract class EventStoreContract {
  protected StoreBackend backend;
  protected EventStore store;

  /** A fresh, empty backend for one test. */
  protected abstract StoreBackend openBackend();

  /**
   * Writes an OrderPlaced at schema version 1 (see {@link StoreFixtures#orderPlacedV1Payload}) as
   * the first event of {@code aggregateId}, straight into the store's own format, at position 1.
   * Answers false for a store that keeps no serialized form (nothing to upcast).
   */
  protected abstract boolean writeStoredV1OrderPlaced(String aggregateId, UUID orderId, UUID messageId);

  @BeforeEach
  void openStore() {
    backend = openBackend();
    store = backend.events();
  }

  @AfterEach
  void closeStore() {
    backend.close();
  }

  @Test
  void appended_events_read_back_in_version_order_with_stream_and_version_set() {
    String aggregateId = aggregateId();
    List<Envelope<Event>> events = orderEvents(UUID.randomUUID(), 3);

    List<StoredEvent> stored = store.append(aggregateId, 0, events);

    assertThat(stored).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
    assertThat(stored).extracting(StoredEvent::aggregateId).containsOnly(aggregateId);
    assertThat(stored).extracting(event -> event.envelope().messageId())
        .containsExactlyElementsOf(events.stream().map(Envelope::messageId).toList());
    assertThat(store.readStream(aggregateId, 0)).isEqualTo(stored);
    assertThat(store.readStream(aggregateId, 2)).containsExactly(stored.get(2));
    assertThat(store.readStream(aggregateId, 3)).isEmpty();
    assertThat(store.readStream("no-such-stream", 0)).isEmpty();
  }

  @Test
  void counts_the_events_of_a_position_range_as_reading_them_would() {
    long before = store.lastPosition();
    store.append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 3));
    store.append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 2));
    long last = store.lastPosition();

    assertThat(store.countBetween(before, last)).isEqualTo(5);
    assertThat(store.countBetween(before + 1, last - 1)).isEqualTo(3);
    assertThat(store.countBetween(last, last + 100)).isZero();
    assertThat(store.countBetween(0, last)).isEqualTo(store.readAll(0, 10_000).size());
  }

  @Test
  void a_scan_reads_a_range_page_by_page_as_readAll_reads_it() {
    long before = store.lastPosition();
    for (int order = 0; order < 7; order++) store.append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 1 + order % 3));
    long last = store.lastPosition();
    List<StoredEvent> all = store.readAll(before, 10_000);

    List<List<StoredEvent>> pages = new ArrayList<>();
    try (EventScan scan = store.scan(before, last - 2, 3)) {
      for (List<StoredEvent> page = scan.next(); !page.isEmpty(); page = scan.next()) pages.add(page);
      assertThat(scan.next()).as("a scan that has ended stays ended").isEmpty();
    }

    assertThat(pages).allSatisfy(page -> assertThat(page).hasSizeBetween(1, 3));
    assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(all.subList(0, all.size() - 2));
    try (EventScan empty = store.scan(last, last + 10, 3)) {
      assertThat(empty.next()).isEmpty();
    }
  }

  @Test
  void stored_envelopes_keep_every_field_of_the_original() {
    String aggregateId = aggregateId();
    Envelope<Event> original = orderEvents(UUID.randomUUID(), 1).get(0);

    store.append(aggregateId, 0, List.of(original));

    assertThat(store.readAll(0, 10)).singleElement()
        .satisfies(event -> assertThat(event.envelope()).isEqualTo(original.inStream(aggregateId, 1)));
    try (EventScan scan = store.scan(0, store.lastPosition(), 10)) {
      assertThat(scan.next()).singleElement()
          .satisfies(event -> assertThat(event.envelope()).isEqualTo(original.inStream(aggregateId, 1)));
    }
  }

  @Test
  void an_append_at_a_stale_expected_version_is_a_concurrency_conflict() {
    String aggregateId = aggregateId();
    UUID orderId = UUID.randomUUID();
    store.append(aggregateId, 0, orderEvents(orderId, 1));

    assertThatThrownBy(() -> store.append(aggregateId, 0, orderEvents(orderId, 1)))
        .isInstanceOfSatisfying(ConcurrencyException.class, conflict -> {
          assertThat(conflict.aggregateId()).isEqualTo(aggregateId);
          assertThat(conflict.expectedVersion()).isZero();
          assertThat(conflict.actualVersion()).isEqualTo(1);
        });
    assertThatThrownBy(() -> store.append(aggregateId, 5, orderEvents(orderId, 1))).isInstanceOf(ConcurrencyException.class);
    assertThat(store.readStream(aggregateId, 0)).hasSize(1);
  }

  @Test
  void appending_the_same_messages_again_at_the_same_version_answers_the_first_result() {
    String aggregateId = aggregateId();
    List<Envelope<Event>> events = orderEvents(UUID.randomUUID(), 2);
    List<StoredEvent> first = store.append(aggregateId, 0, events);

    List<StoredEvent> again = store.append(aggregateId, 0, events);

    assertThat(again).isEqualTo(first);
    assertThat(store.readStream(aggregateId, 0)).isEqualTo(first);
    assertThat(store.readAll(0, 100)).hasSize(2);
  }

  @Test
  void read_all_pages_through_every_event_in_position_order() {
    for (int i = 0; i < 5; i++) store.append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 1 + i % 3));
    List<StoredEvent> everything = store.readAll(0, 1_000);

    List<StoredEvent> paged = new ArrayList<>();
    long after = 0;
    for (List<StoredEvent> page = store.readAll(after, 3); !page.isEmpty(); page = store.readAll(after, 3)) {
      assertThat(page).hasSizeLessThanOrEqualTo(3);
      paged.addAll(page);
      after = page.get(page.size() - 1).position();
    }

    assertThat(everything).hasSize(9); // 1 + 2 + 3 + 1 + 2
    assertThat(paged).isEqualTo(everything);
    assertThat(everything).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
    assertThat(store.lastPosition()).isEqualTo(everything.get(everything.size() - 1).position());
    assertThat(store.readAll(store.lastPosition(), 10)).isEmpty();
  }

  @Test
  void an_empty_store_has_nothing_to_read_and_last_position_zero() {
    assertThat(store.readAll(0, 10)).isEmpty();
    assertThat(store.lastPosition()).isZero();
  }

  @Test
  void listeners_hear_about_every_append() {
    AtomicInteger heard = new AtomicInteger();
    store.onAppend(heard::incrementAndGet);

    store.append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 2));
    store.append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 1));

    assertThat(heard).hasValue(2);
  }

  @Test
  void an_old_schema_version_is_upcast_when_read() {
    String aggregateId = aggregateId();
    UUID orderId = UUID.randomUUID();
    UUID messageId = UUID.randomUUID();
    assumeTrue(writeStoredV1OrderPlaced(aggregateId, orderId, messageId), "this store keeps no serialized events");

    StoredEvent read = store.readStream(aggregateId, 0).get(0);

    assertThat(read.envelope().messageId()).isEqualTo(messageId);
    assertThat(read.payload()).isInstanceOfSatisfying(OrderPlaced.class, placed -> {
      assertThat(placed.orderId()).isEqualTo(orderId);
      assertThat(placed.currency()).isEqualTo("EUR");
      assertThat(placed.totalCents()).isEqualTo(990);
    });
    assertThat(store.readAll(0, 10)).singleElement().extracting(StoredEvent::payload).isEqualTo(read.payload());
  }

  @Test
  void checkpoints_round_trip_and_overwrite() {
    CheckpointStore checkpoints = backend.checkpoints();
    assertThat(checkpoints.read("outbox")).isEmpty();

    checkpoints.write("outbox", 5);
    checkpoints.write("outbox", 9);
    checkpoints.write("order-summary", 2);

    assertThat(checkpoints.read("outbox")).hasValue(9);
    assertThat(checkpoints.read("order-summary")).hasValue(2);
    assertThat(checkpoints.read("stock-levels")).isEmpty();
  }

  @Test
  void dead_letters_are_parked_listed_found_and_removed() {
    List<StoredEvent> stored = store.append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 2));
    DeadLetter first = deadLetter(stored.get(0), "notifications");
    DeadLetter second = deadLetter(stored.get(1), "order-summary");

    backend.deadLetters().park(first);
    backend.deadLetters().park(second);

    assertThat(backend.deadLetters().list()).containsExactlyInAnyOrder(first, second);
    assertThat(backend.deadLetters().find(first.id())).hasValue(first);
    assertThat(backend.deadLetters().remove(first.id())).isTrue();
    assertThat(backend.deadLetters().remove(first.id())).isFalse();
    assertThat(backend.deadLetters().find(first.id())).isEmpty();
    assertThat(backend.deadLetters().list()).containsExactly(second);
  }

  @Test
  void exactly_one_of_concurrent_appends_at_the_same_version_wins() throws Exception {
    String aggregateId = aggregateId();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<StoredEvent>>> attempts = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      List<Envelope<Event>> events = orderEvents(UUID.randomUUID(), 2);
      attempts.add(pool.submit(() -> {
        start.await();
        return store.append(aggregateId, 0, events);
      }));
    }
    start.countDown();

    List<List<StoredEvent>> wins = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (Future<List<StoredEvent>> attempt : attempts) {
      try {
        wins.add(attempt.get(30, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        failures.add(e.getCause());
      }
    }
    pool.shutdownNow();

    assertThat(wins).hasSize(1);
    assertThat(failures).hasSize(threads - 1).allSatisfy(failure -> assertThat(failure).isInstanceOf(ConcurrencyException.class));
    assertThat(store.readStream(aggregateId, 0)).isEqualTo(wins.get(0));
    // The losers' attempts must not hold readers back: the next event is readable at once.
    StoredEvent next = store.append(aggregateId(), 0, orderEvents(UUID.randomUUID(), 1)).get(0);
    assertThat(store.readAll(0, 100)).containsExactly(wins.get(0).get(0), wins.get(0).get(1), next);
  }

  @Test
  void a_reader_resuming_from_its_last_position_sees_every_event_once_while_writers_append() throws Exception {
    int writers = 8;
    int appendsEach = 25;
    Set<UUID> appended = ConcurrentHashMap.newKeySet();
    List<StoredEvent> seen = new CopyOnWriteArrayList<>();
    AtomicBoolean reading = new AtomicBoolean(true);
    AtomicReference<Throwable> readerFailure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    pool.submit(() -> readUntilStopped(seen, reading, readerFailure));
    List<Future<?>> writes = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      writes.add(pool.submit(() -> {
        String aggregateId = aggregateId();
        UUID orderId = UUID.randomUUID();
        long version = 0;
        for (int i = 0; i < appendsEach; i++) {
          List<Envelope<Event>> events = orderEvents(orderId, 1 + i % 3);
          store.append(aggregateId, version, events);
          events.forEach(event -> appended.add(event.messageId()));
          version += events.size();
        }
        return null;
      }));
    }
    for (Future<?> write : writes) write.get(60, TimeUnit.SECONDS);

    await().atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(seen).hasSizeGreaterThanOrEqualTo(appended.size()));
    reading.set(false);
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(readerFailure.get()).isNull();
    assertThat(seen).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
    assertThat(seen).extracting(event -> event.envelope().messageId()).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(appended);
    assertThat(seen).isEqualTo(store.readAll(0, 10_000));
  }

  /** A subscriber's loop: small pages, each resuming after the last position it saw. */
  private void readUntilStopped(List<StoredEvent> seen, AtomicBoolean reading, AtomicReference<Throwable> failure) {
    long after = 0;
    try {
      while (reading.get()) {
        List<StoredEvent> page = store.readAll(after, 7);
        for (StoredEvent event : page) {
          if (event.position() <= after) throw new AssertionError("position " + event.position() + " after " + after);
          seen.add(event);
          after = event.position();
        }
        if (page.isEmpty()) Thread.sleep(1);
      }
    } catch (Throwable e) {
      failure.set(e);
    }
  }
}
