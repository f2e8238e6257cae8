package dev.eventscope.runtime.mediator;

/**
 * A query that found nothing, on its way back through the pipeline: the behaviours get it as the
 * result of {@link PipelineBehaviour.Next#proceed} rather than as a thrown {@link NotFoundException},
 * and the mediator throws that exception to its caller. Read models answer "not yet" often while
 * they catch up, and an exception caught and thrown again by every behaviour costs more than the
 * query itself.
 */
public final class NotFound {
  private final NotFoundException exception;

  NotFound(NotFoundException exception) {
    this.exception = exception;
  }

  /** True when a behaviour's {@code next.proceed()} answered a query that found nothing. */
  public static boolean is(Object result) {
    return result instanceof NotFound;
  }

  NotFoundException exception() {
    return exception;
  }
}
