package dev.eventscope.runtime.mediator;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;

/**
 * A cross-cutting step folded around every handler (validation, tracing, metrics, retry,
 * logging). It calls {@code next} to go on, or throws to stop. A query that finds nothing comes
 * back from {@code next} as a {@link NotFound} value ({@link NotFound#is}), not as an exception;
 * its caller gets the {@link NotFoundException}.
 */
public interface PipelineBehaviour {
  <R> R handle(Envelope<? extends Message> message, String handlerNode, Next<R> next);

  @FunctionalInterface
  interface Next<R> {
    R proceed();
  }
}
