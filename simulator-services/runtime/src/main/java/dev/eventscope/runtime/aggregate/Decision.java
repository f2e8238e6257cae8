package dev.eventscope.runtime.aggregate;

import dev.eventscope.contracts.message.Event;
import java.util.List;

/**
 * What an aggregate decided about a command: the events to record (none when the command is
 * already satisfied), or a rejection with the reason the caller will read.
 */
public sealed interface Decision<E extends Event> {
  record Accept<E extends Event>(List<E> events) implements Decision<E> {}

  record Reject<E extends Event>(String reason) implements Decision<E> {}

  @SafeVarargs
  static <E extends Event> Decision<E> accept(E... events) {
    return new Accept<>(List.of(events));
  }

  static <E extends Event> Decision<E> accept(List<E> events) {
    return new Accept<>(List.copyOf(events));
  }

  /** Nothing to do: the command asked for what is already true (a harmless repeat). */
  static <E extends Event> Decision<E> alreadyDone() {
    return new Accept<>(List.of());
  }

  static <E extends Event> Decision<E> reject(String reason) {
    return new Reject<>(reason);
  }
}
