package dev.eventscope.contracts.message;

import java.util.Locale;

/** The three kinds of message; the lower-case name is what JSON documents show. */
public enum MessageKind {
  COMMAND,
  QUERY,
  EVENT;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MessageKind of(Class<?> type) {
    if (Command.class.isAssignableFrom(type)) return COMMAND;
    if (Query.class.isAssignableFrom(type)) return QUERY;
    if (Event.class.isAssignableFrom(type)) return EVENT;
    throw new IllegalArgumentException(type.getName() + " is not a command, query or event");
  }
}
