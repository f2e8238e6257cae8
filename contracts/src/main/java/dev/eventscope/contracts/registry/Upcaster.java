package dev.eventscope.contracts.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a stored payload of one schema version into the next. The registry chains them, so a
 * reader only ever sees the current version.
 */
public interface Upcaster {
  String type();

  /** The version this upcaster reads; it produces {@code fromVersion() + 1}. */
  int fromVersion();

  ObjectNode upcast(ObjectNode payload);
}
