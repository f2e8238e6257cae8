package dev.eventscope.console.cli;

/** A setting's value and where it came from (for messages like "unknown store 'x' from EVENTSCOPE_STORE"). */
public record Resolved(String value, Source source, String origin) {

  public enum Source { FLAG, ENVIRONMENT, SETTINGS_FILE, DEFAULT }
}
