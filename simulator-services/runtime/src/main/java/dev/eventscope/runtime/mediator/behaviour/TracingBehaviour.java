package dev.eventscope.runtime.mediator.behaviour;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.runtime.mediator.CommandRejectedException;
import dev.eventscope.runtime.mediator.NotFound;
import dev.eventscope.runtime.mediator.NotFoundException;
import dev.eventscope.runtime.mediator.PipelineBehaviour;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Outcome;

/**
 * Reports two hops per message: sender → mediator, and mediator → handler with its outcome. A query
 * answered "not found" (often one that beat its projection) is an answer, not a failure: its hop is
 * OK with the detail {@value #NOT_FOUND}, so it is neither drawn red nor always kept when the tracer
 * samples a flood.
 */
public final class TracingBehaviour implements PipelineBehaviour {
  static final String NOT_FOUND = "not found";

  private final FlowTracer tracer;

  public TracingBehaviour(FlowTracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public <R> R handle(Envelope<? extends Message> message, String handlerNode, Next<R> next) {
    long started = System.nanoTime();
    String sender = message.source() == null ? "client" : message.source();
    tracer.record(sender, "mediator", message, started, Outcome.OK, null);
    try {
      R result = next.proceed();
      tracer.record("mediator", handlerNode, message, started, Outcome.OK, NotFound.is(result) ? NOT_FOUND : null);
      return result;
    } catch (NotFoundException e) { // a handler other than a query's (those answer NotFound)
      tracer.record("mediator", handlerNode, message, started, Outcome.OK, NOT_FOUND);
      throw e;
    } catch (CommandRejectedException e) {
      tracer.record("mediator", handlerNode, message, started, Outcome.REJECTED, e.reason());
      throw e;
    } catch (RuntimeException e) {
      tracer.record("mediator", handlerNode, message, started, Outcome.FAILED, e.getMessage());
      throw e;
    }
  }
}
