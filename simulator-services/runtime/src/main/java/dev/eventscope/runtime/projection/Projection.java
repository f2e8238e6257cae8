package dev.eventscope.runtime.projection;

import dev.eventscope.runtime.subscriber.Subscriber;
import java.util.Map;

/**
 * A subscriber that builds a read model. {@link #rows()} exposes the model as id → row, so a
 * fresh copy rebuilt from the store can be compared with the live one.
 */
public interface Projection extends Subscriber {
  Map<String, ?> rows();
}
