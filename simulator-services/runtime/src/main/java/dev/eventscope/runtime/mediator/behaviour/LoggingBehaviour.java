package dev.eventscope.runtime.mediator.behaviour;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.runtime.mediator.CommandRejectedException;
import dev.eventscope.runtime.mediator.NotFound;
import dev.eventscope.runtime.mediator.NotFoundException;
import dev.eventscope.runtime.mediator.PipelineBehaviour;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs refusals (rejected, invalid, not found: answers, not faults) at debug level and failures at
 * warn, with the message and correlation ids.
 */
public final class LoggingBehaviour implements PipelineBehaviour {
  private static final Logger LOG = LoggerFactory.getLogger("eventscope.mediator");

  @Override
  public <R> R handle(Envelope<? extends Message> message, String handlerNode, Next<R> next) {
    try {
      R result = next.proceed();
      if (NotFound.is(result) && LOG.isDebugEnabled()) { // an answer, not a fault, and common (a query before its read model caught up)
        LOG.debug("{} {} (correlation {}) found nothing", message.type(), message.messageId(), message.correlationId());
      }
      return result;
    } catch (CommandRejectedException | ContractException | NotFoundException e) {
      if (LOG.isDebugEnabled()) { // an answer, not a fault
        LOG.debug("{} {} (correlation {}) refused: {}", message.type(), message.messageId(), message.correlationId(), e.getMessage());
      }
      throw e;
    } catch (RuntimeException e) {
      LOG.warn("{} {} (correlation {}) failed in {}: {}", message.type(), message.messageId(), message.correlationId(), handlerNode, e.toString());
      throw e;
    }
  }
}
