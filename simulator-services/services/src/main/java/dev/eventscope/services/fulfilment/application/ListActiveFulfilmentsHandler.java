package dev.eventscope.services.fulfilment.application;

import dev.eventscope.contracts.fulfilment.FulfilmentList;
import dev.eventscope.contracts.fulfilment.FulfilmentQuery.ListActiveFulfilments;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.runtime.mediator.QueryHandler;

/** The fulfilments still under way: the answer to "which orders are stuck, and until when?". */
public final class ListActiveFulfilmentsHandler implements QueryHandler<ListActiveFulfilments, FulfilmentList> {
  private final FulfilmentSaga saga;

  public ListActiveFulfilmentsHandler(FulfilmentSaga saga) {
    this.saga = saga;
  }

  @Override
  public Class<ListActiveFulfilments> type() {
    return ListActiveFulfilments.class;
  }

  @Override
  public FulfilmentList handle(Envelope<ListActiveFulfilments> query) {
    return new FulfilmentList(saga.active());
  }
}
