package dev.eventscope.console.logs;

/** The levels a log line may have, lowest first; the filter shows a level and everything above it. */
public enum LogLevel {
  TRACE, DEBUG, INFO, WARN, ERROR;

  /** The level a line of the log pattern names ({@code 2026-… INFO  [main] …}), or null for a continuation line. */
  static LogLevel in(String line) {
    // The pattern is "<timestamp> <LEVEL padded to 5> [thread] logger - message".
    int space = line.indexOf(' ');
    if (space < 10 || !Character.isDigit(line.charAt(0))) return null;
    int end = line.indexOf(' ', space + 1);
    String word = (end < 0 ? line.substring(space + 1) : line.substring(space + 1, end)).strip();
    for (LogLevel level : values()) {
      if (level.name().equals(word)) return level;
    }
    return null;
  }

  boolean atLeast(LogLevel minimum) {
    return ordinal() >= minimum.ordinal();
  }
}
