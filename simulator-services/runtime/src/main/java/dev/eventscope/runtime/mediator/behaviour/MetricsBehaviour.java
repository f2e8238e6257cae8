package dev.eventscope.runtime.mediator.behaviour;

import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.runtime.mediator.CommandRejectedException;
import dev.eventscope.runtime.mediator.PipelineBehaviour;
import dev.eventscope.runtime.metrics.Metrics;

/** Counts commands sent, accepted, rejected (business or contract) and failed; and queries. */
public final class MetricsBehaviour implements PipelineBehaviour {
  private final Metrics metrics;

  public MetricsBehaviour(Metrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public <R> R handle(Envelope<? extends Message> message, String handlerNode, Next<R> next) {
    if (!(message.payload() instanceof Command<?>)) {
      metrics.increment(Metrics.QUERIES);
      return next.proceed();
    }
    metrics.increment(Metrics.COMMANDS_SENT);
    try {
      R result = next.proceed();
      metrics.increment(Metrics.COMMANDS_ACCEPTED);
      return result;
    } catch (CommandRejectedException | ContractException e) {
      metrics.increment(Metrics.COMMANDS_REJECTED);
      throw e;
    } catch (RuntimeException e) {
      metrics.increment(Metrics.COMMANDS_FAILED);
      throw e;
    }
  }
}
