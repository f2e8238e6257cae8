package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.store.StoredEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A target that keeps what it gets. */
final class RecordingTarget implements ReplayTarget {
  final List<StoredEvent> received = new CopyOnWriteArrayList<>();

  @Override
  public String name() {
    return "recording";
  }

  @Override
  public void apply(StoredEvent replayed) {
    received.add(replayed);
  }

  List<Long> positions() {
    return received.stream().map(StoredEvent::position).toList();
  }
}
