package dev.eventscope.runtime.trace.channel;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says once that the trace channel lost its broker and once that it is back: a broker that is
 * away for an hour must not write a warning per dropped batch (ten a second) into the log.
 */
final class Outage {
  private static final Logger LOG = LoggerFactory.getLogger(Outage.class);

  private final String channel;
  private final AtomicBoolean out = new AtomicBoolean();

  Outage(String channel) {
    this.channel = channel;
  }

  void failed(String what) {
    if (out.compareAndSet(false, true)) LOG.warn("trace channel {}: {}; dropping trace hops until it works again", channel, what);
  }

  void working() {
    if (out.compareAndSet(true, false)) LOG.info("trace channel {} works again", channel);
  }
}
