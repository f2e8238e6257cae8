package dev.eventscope.services.fulfilment.application;

import dev.eventscope.contracts.fulfilment.FulfilmentQuery.GetFulfilment;
import dev.eventscope.contracts.fulfilment.FulfilmentView;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.runtime.mediator.NotFoundException;
import dev.eventscope.runtime.mediator.QueryHandler;

/** Where one order's fulfilment stands, straight from the saga's memory. */
public final class GetFulfilmentHandler implements QueryHandler<GetFulfilment, FulfilmentView> {
  private final FulfilmentSaga saga;

  public GetFulfilmentHandler(FulfilmentSaga saga) {
    this.saga = saga;
  }

  @Override
  public Class<GetFulfilment> type() {
    return GetFulfilment.class;
  }

  @Override
  public FulfilmentView handle(Envelope<GetFulfilment> query) {
    return saga.find(query.payload().orderId())
        .orElseThrow(() -> new NotFoundException("fulfilment of order", query.payload().orderId()));
  }
}
