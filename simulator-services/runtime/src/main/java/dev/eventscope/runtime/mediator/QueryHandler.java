package dev.eventscope.runtime.mediator;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Query;

/** Answers one query type from a read model. */
public interface QueryHandler<Q extends Query<R>, R> {
  Class<Q> type();

  default String node() {
    return NodeNames.query(type());
  }

  R handle(Envelope<Q> query);
}
