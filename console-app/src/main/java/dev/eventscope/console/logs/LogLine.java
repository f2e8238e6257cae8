package dev.eventscope.console.logs;

/** One line of the log; a stack trace's lines take the level of the line they belong to. */
public record LogLine(LogLevel level, String text) {}
