package dev.eventscope.runtime.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.memory.InMemoryEventStore;
import dev.eventscope.runtime.testing.TestEvents;
import dev.eventscope.runtime.trace.FlowTracer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class InboxTest {
  private final InMemoryEventStore theirs = new InMemoryEventStore();
  private final InMemoryEventStore mine = new InMemoryEventStore();
  private final Metrics metrics = new Metrics();

  private Inbox inbox(Duration patience) {
    return new Inbox("orders", "bus:test", mine, metrics, FlowTracer.disabled(), patience);
  }

  @Test
  void keeps_a_copy_at_the_same_place_in_the_stream_with_the_same_message_id() {
    UUID order = UUID.randomUUID();
    List<StoredEvent> published = TestEvents.appendTo(theirs, order, 2);

    published.forEach(inbox(Duration.ofSeconds(1))::accept);

    List<StoredEvent> held = mine.readStream(order.toString(), 0);
    assertThat(held).extracting(StoredEvent::version).containsExactly(1L, 2L);
    assertThat(held).extracting(event -> event.envelope().messageId())
        .containsExactlyElementsOf(published.stream().map(event -> event.envelope().messageId()).toList());
    assertThat(held).extracting(StoredEvent::context).containsOnly("orders");
  }

  @Test
  void a_redelivered_event_is_held_once() {
    UUID order = UUID.randomUUID();
    List<StoredEvent> published = TestEvents.appendTo(theirs, order, 2);
    Inbox inbox = inbox(Duration.ofSeconds(1));

    inbox.accept(published.get(0));
    inbox.accept(published.get(1));
    inbox.accept(published.get(0));
    inbox.accept(published.get(1));

    assertThat(mine.readAll(0, 100)).hasSize(2);
  }

  @Test
  void an_event_that_overtook_its_predecessor_waits_for_it() throws Exception {
    UUID order = UUID.randomUUID();
    List<StoredEvent> published = TestEvents.appendTo(theirs, order, 2);
    Inbox inbox = inbox(Duration.ofSeconds(10));

    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> inbox.accept(published.get(1)));
    Thread.sleep(100);
    assertThat(second).isNotDone();
    inbox.accept(published.get(0));
    second.get();

    assertThat(mine.readStream(order.toString(), 0)).extracting(StoredEvent::version).containsExactly(1L, 2L);
  }

  @Test
  void an_event_whose_predecessor_never_comes_goes_back_to_the_broker() {
    UUID order = UUID.randomUUID();
    List<StoredEvent> published = TestEvents.appendTo(theirs, order, 2);

    assertThatThrownBy(() -> inbox(Duration.ofMillis(50)).accept(published.get(1)))
        .hasMessageContaining("waits for the versions before it");
    assertThat(mine.readAll(0, 100)).isEmpty();
  }
}
