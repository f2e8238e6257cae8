package dev.eventscope.runtime.store;

import java.util.OptionalLong;

/** Named positions (the outbox dispatcher's, each projection's), kept beside the events. */
public interface CheckpointStore {
  OptionalLong read(String name);

  void write(String name, long position);
}
