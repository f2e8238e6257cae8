package dev.eventscope.runtime.mediator.behaviour;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.runtime.mediator.PipelineBehaviour;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.ConcurrencyException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the handler again when another writer got to the aggregate first: the handler reloads
 * the stream and decides afresh. Gives up (rethrows) after {@code maxAttempts}.
 */
public final class RetryOnConflictBehaviour implements PipelineBehaviour {
  private final int maxAttempts;
  private final Metrics metrics;

  public RetryOnConflictBehaviour(int maxAttempts, Metrics metrics) {
    this.maxAttempts = maxAttempts;
    this.metrics = metrics;
  }

  @Override
  public <R> R handle(Envelope<? extends Message> message, String handlerNode, Next<R> next) {
    for (int attempt = 1; ; attempt++) {
      try {
        return next.proceed();
      } catch (ConcurrencyException e) {
        if (attempt >= maxAttempts) throw e;
        metrics.increment(Metrics.CONFLICT_RETRIES);
        // A short random pause spreads competing writers apart.
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(10_000, 200_000L * attempt));
      }
    }
  }
}
