package dev.eventscope.runtime.bus.redis;

/**
 * The keys of the wire format: {@code <prefix>:<context>:events} carries a context's events,
 * {@code <prefix>:<context>:dead} keeps what no subscriber could take, for inspection.
 */
record StreamNames(String prefix) {
  String events(String context) {
    return prefix + ":" + context + ":events";
  }

  String dead(String eventsStream) {
    return eventsStream.substring(0, eventsStream.length() - ":events".length()) + ":dead";
  }
}
