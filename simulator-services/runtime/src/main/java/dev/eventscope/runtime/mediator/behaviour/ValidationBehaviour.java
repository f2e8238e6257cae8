package dev.eventscope.runtime.mediator.behaviour;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.registry.ContractValidator;
import dev.eventscope.contracts.registry.ContractViolationException;
import dev.eventscope.contracts.registry.Violation;
import dev.eventscope.runtime.mediator.PipelineBehaviour;
import java.util.List;

/** Refuses a message that breaks its contract before any handler sees it, naming the fields. */
public final class ValidationBehaviour implements PipelineBehaviour {
  @Override
  public <R> R handle(Envelope<? extends Message> message, String handlerNode, Next<R> next) {
    if (message.payload() instanceof Record record) {
      List<Violation> violations = ContractValidator.violations(record);
      if (!violations.isEmpty()) throw new ContractViolationException(message.type(), violations);
    }
    return next.proceed();
  }
}
