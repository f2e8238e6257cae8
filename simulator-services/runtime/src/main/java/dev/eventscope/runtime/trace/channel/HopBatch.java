package dev.eventscope.runtime.trace.channel;

import dev.eventscope.runtime.trace.Hop;
import java.util.List;

/** One message on the trace channel: the hops one process recorded in one drain, with who sent them. */
public record HopBatch(String process, List<Hop> hops) {

  public HopBatch {
    hops = List.copyOf(hops);
  }
}
