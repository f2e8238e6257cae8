package dev.eventscope.runtime.trace;

import java.util.List;

/** Receives hops in batches on the tracer's own thread; must be quick. */
@FunctionalInterface
public interface HopListener {
  void onHops(List<Hop> hops);
}
