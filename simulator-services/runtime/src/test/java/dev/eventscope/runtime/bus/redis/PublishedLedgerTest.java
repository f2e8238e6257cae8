package dev.eventscope.runtime.bus.redis;

import static dev.eventscope.runtime.bus.BusFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.runtime.store.StoredEvent;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.exceptions.JedisDataException;

class PublishedLedgerTest {
  private static final String STREAM = "p:orders:events";
  private static final UUID ORDER = UUID.randomUUID();

  @Test
  void forgets_the_acknowledged_front_and_stops_at_the_first_entry_not_yet_taken() {
    PublishedLedger ledger = new PublishedLedger(100);
    for (long i = 1; i <= 5; i++) ledger.record(STREAM, 1_000, i, "run-a", event(i, ORDER, i));

    ledger.forget(STREAM, "run-a", (time, sequence) -> sequence != 3);

    assertThat(ledger.size()).isEqualTo(3);
    assertThat(positions(ledger.takeForgotten("run-b"))).containsExactly(3L, 4L, 5L);
    assertThat(ledger.size()).isZero();
  }

  @Test
  void keeps_entries_of_another_redis_instance_in_order_while_forgetting_around_them() {
    PublishedLedger ledger = new PublishedLedger(100);
    ledger.record(STREAM, 1_000, 1, "run-old", event(1, ORDER, 1));
    ledger.record(STREAM, 1_000, 2, "run-a", event(2, ORDER, 2));
    ledger.record(STREAM, 1_000, 3, "run-old", event(3, ORDER, 3));
    ledger.record(STREAM, 1_000, 4, "run-a", event(4, ORDER, 4));
    ledger.record(STREAM, 1_000, 5, "run-a", event(5, ORDER, 5));

    ledger.forget(STREAM, "run-a", (time, sequence) -> sequence < 5);

    assertThat(ledger.size()).isEqualTo(3);
    List<PublishedLedger.Entry> forgotten = ledger.takeForgotten("run-a");
    assertThat(positions(forgotten)).containsExactly(1L, 3L);
    assertThat(forgotten.get(1).id().toString()).isEqualTo("1000-3");
    assertThat(forgotten.get(1).stream()).isEqualTo(STREAM);
    assertThat(positions(ledger.takeForgotten("run-b"))).containsExactly(5L);
  }

  @Test
  void lets_the_oldest_go_past_its_capacity() {
    PublishedLedger ledger = new PublishedLedger(3);
    for (long i = 1; i <= 5; i++) ledger.record(STREAM, 1_000, i, "run-a", event(i, ORDER, i));

    assertThat(ledger.size()).isEqualTo(3);
    assertThat(positions(ledger.takeForgotten("run-b"))).containsExactly(3L, 4L, 5L);
  }

  @Test
  void keeps_publish_order_across_growth_and_wrap_around() {
    PublishedLedger ledger = new PublishedLedger(1_000_000);
    long position = 0;
    long forgottenUpTo = 0;
    for (int round = 0; round < 10; round++) {
      for (int i = 0; i < 700; i++) {
        position++;
        ledger.record(STREAM, position, 0, "run-a", event(position, ORDER, position));
      }
      long upTo = position - 300;
      ledger.forget(STREAM, "run-a", (time, sequence) -> time <= upTo);
      forgottenUpTo = upTo;
    }

    List<PublishedLedger.Entry> left = ledger.takeForgotten("run-b");
    assertThat(positions(left)).containsExactlyElementsOf(LongStream.rangeClosed(forgottenUpTo + 1, position).boxed().toList());
    assertThat(ledger.size()).isZero();
  }

  @Test
  void reads_entry_ids_as_xadd_answers_them() {
    byte[] id = "1732666000123-42".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    assertThat(EntryIds.time(id)).isEqualTo(1_732_666_000_123L);
    assertThat(EntryIds.sequence(id)).isEqualTo(42L);
    assertThatThrownBy(() -> EntryIds.time("12x-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isInstanceOf(JedisDataException.class);
    assertThatThrownBy(() -> EntryIds.sequence("12".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isInstanceOf(JedisDataException.class);
  }

  private static List<Long> positions(List<PublishedLedger.Entry> entries) {
    return entries.stream().map(PublishedLedger.Entry::event).map(StoredEvent::position).toList();
  }
}
