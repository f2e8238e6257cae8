package dev.eventscope.console.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.runtime.deadletter.DeadLetter;
import dev.eventscope.runtime.store.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeadLettersViewModelTest {
  /** Parked messages in a list; retry succeeds for the ids it is told to. */
  private static final class ParkedList implements DeadLetterActions {
    final List<DeadLetter> letters = new ArrayList<>();
    final List<UUID> fixed = new ArrayList<>();

    @Override
    public List<DeadLetter> list() {
      return List.copyOf(letters);
    }

    @Override
    public boolean retry(UUID id) {
      boolean applies = fixed.contains(id);
      if (applies) letters.removeIf(letter -> letter.id().equals(id));
      return applies;
    }

    @Override
    public boolean discard(UUID id) {
      return letters.removeIf(letter -> letter.id().equals(id));
    }
  }

  private final ParkedList parked = new ParkedList();
  private final DeadLettersViewModel viewModel =
      new DeadLettersViewModel(parked, letter -> "{\"type\":\"" + letter.event().type() + "\"}", Runnable::run, immediateUi());

  private static UiExecutor immediateUi() {
    return new UiExecutor() {
      @Override
      public void execute(Runnable task) {
        task.run();
      }

      @Override
      public boolean onUiThread() {
        return true;
      }
    };
  }

  private static DeadLetter letter(String subscriber, Instant parkedAt) {
    UUID order = UUID.randomUUID();
    Envelope<Event> event = Envelope.first(new ConfirmOrder(order), 1, "test").causes(new OrderConfirmed(order), 1, "orders");
    return new DeadLetter(UUID.randomUUID(), subscriber, new StoredEvent(7, event.inStream(order.toString(), 2)), 5, "boom", parkedAt);
  }

  @Test
  void lists_parked_messages_newest_first_with_their_error_and_json() {
    parked.letters.add(letter("order-summary", Instant.parse("2026-01-01T10:00:00Z")));
    parked.letters.add(letter("fulfilment", Instant.parse("2026-01-01T11:00:00Z")));

    viewModel.onTick(1_000).run();

    assertThat(viewModel.rows()).extracting(DeadLetterRow::subscriber).containsExactly("fulfilment", "order-summary");
    assertThat(viewModel.rows().get(0).json()).contains("OrderConfirmed");
    assertThat(viewModel.rows().get(0).error()).isEqualTo("boom");
    assertThat(viewModel.summaryProperty().get()).isEqualTo("2 messages parked");
  }

  @Test
  void a_retry_that_applies_removes_the_row_and_says_so() {
    DeadLetter letter = letter("order-summary", Instant.now());
    parked.letters.add(letter);
    parked.fixed.add(letter.id());
    viewModel.onTick(1_000).run();

    viewModel.retry(viewModel.rows().get(0));

    assertThat(viewModel.rows()).isEmpty();
    assertThat(viewModel.outcomeProperty().get()).contains("applied");
  }

  @Test
  void a_retry_that_fails_again_keeps_the_row_and_says_it_is_still_parked() {
    parked.letters.add(letter("order-summary", Instant.now()));
    viewModel.onTick(1_000).run();

    viewModel.retry(viewModel.rows().get(0));

    assertThat(viewModel.rows()).hasSize(1);
    assertThat(viewModel.outcomeProperty().get()).contains("still parked");
  }

  @Test
  void nothing_is_read_while_the_screen_is_hidden() {
    viewModel.shown(false);

    assertThat(viewModel.onTick(5_000)).isNull();
  }

  @Test
  void the_list_narrows_to_one_subscriber_and_offers_only_subscribers_with_parked_messages() {
    parked.letters.add(letter("order-summary", Instant.parse("2026-01-01T10:00:00Z")));
    parked.letters.add(letter("fulfilment", Instant.parse("2026-01-01T11:00:00Z")));
    parked.letters.add(letter("fulfilment", Instant.parse("2026-01-01T12:00:00Z")));
    viewModel.onTick(1_000).run();

    assertThat(viewModel.subscribers()).containsExactly(DeadLettersViewModel.ALL_SUBSCRIBERS, "fulfilment", "order-summary");
    viewModel.subscriberFilterProperty().set("fulfilment");

    assertThat(viewModel.rows()).hasSize(2).allSatisfy(row -> assertThat(row.subscriber()).isEqualTo("fulfilment"));
    assertThat(viewModel.summaryProperty().get()).isEqualTo("3 messages parked, 2 for fulfilment");
  }

  @Test
  void retrying_many_says_how_many_still_wait() {
    DeadLetter fixed = letter("fulfilment", Instant.parse("2026-01-01T10:00:00Z"));
    parked.letters.add(fixed);
    parked.letters.add(letter("fulfilment", Instant.parse("2026-01-01T11:00:00Z")));
    parked.fixed.add(fixed.id());
    viewModel.onTick(1_000).run();

    viewModel.retryAll(List.copyOf(viewModel.rows()));

    assertThat(viewModel.rows()).hasSize(1);
    assertThat(viewModel.outcomeProperty().get()).isEqualTo("retried 2 messages: 1 failed again, still parked");
  }
}
