package dev.eventscope.services.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.message.Event;
import dev.eventscope.runtime.aggregate.AggregateType;
import dev.eventscope.runtime.aggregate.Decision;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Given/when/then for aggregates: given these events, when this command is decided, then these
 * events (or nothing, or this rejection). The decided events are applied too, so a test also
 * proves the aggregate can evolve with them.
 */
public final class AggregateFixture<S, E extends Event> {
  private final AggregateType<S, E> type;
  private final S state;

  private AggregateFixture(AggregateType<S, E> type, S state) {
    this.type = type;
    this.state = state;
  }

  @SafeVarargs
  public static <S, E extends Event> AggregateFixture<S, E> given(AggregateType<S, E> type, E... history) {
    S state = type.initial("aggregate-under-test");
    for (E event : history) state = type.apply(state, event);
    return new AggregateFixture<>(type, state);
  }

  public <C> Then<S, E> when(BiFunction<S, C, Decision<E>> decide, C command) {
    return new Then<>(type, state, decide.apply(state, command));
  }

  public S state() {
    return state;
  }

  /** What the aggregate decided, and assertions about it. */
  public static final class Then<S, E extends Event> {
    private final AggregateType<S, E> type;
    private final S before;
    private final Decision<E> decision;

    private Then(AggregateType<S, E> type, S before, Decision<E> decision) {
      this.type = type;
      this.before = before;
      this.decision = decision;
    }

    public Then<S, E> thenEvents(Event... expected) {
      assertThat(decision).as("decision").isInstanceOf(Decision.Accept.class);
      List<Event> actual = List.copyOf(events());
      assertThat(actual).containsExactly(expected);
      return this;
    }

    /** Accepted with no events: the command asked for what is already true. */
    public Then<S, E> thenNothingHappens() {
      assertThat(decision).as("decision").isInstanceOf(Decision.Accept.class);
      assertThat(events()).as("events of an already satisfied command").isEmpty();
      return this;
    }

    public Then<S, E> thenRejected(String reasonContaining) {
      assertThat(decision).as("decision").isInstanceOf(Decision.Reject.class);
      assertThat(((Decision.Reject<E>) decision).reason()).contains(reasonContaining);
      return this;
    }

    /** The state after applying the decided events. */
    public S stateAfter() {
      S state = before;
      for (E event : events()) state = type.apply(state, event);
      return state;
    }

    private List<E> events() {
      return decision instanceof Decision.Accept<E> accept ? accept.events() : List.of();
    }
  }
}
