package dev.eventscope.runtime.mediator.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.orders.OrderQuery.GetOrderSummary;
import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.runtime.mediator.NotFoundException;
import dev.eventscope.runtime.mediator.UnknownOrders;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class TracingBehaviourTest {
  private static final String HANDLER = "handler:GetOrderSummary";

  @Test
  void a_query_answered_not_found_is_an_ok_hop_and_a_handler_that_throws_is_a_failed_one() {
    try (FlowTracer tracer = new FlowTracer(1_024, true, 1_000_000)) {
      List<Hop> seen = new CopyOnWriteArrayList<>();
      tracer.addListener(seen::addAll);
      TracingBehaviour tracing = new TracingBehaviour(tracer);
      Envelope<GetOrderSummary> query = Envelope.first(new GetOrderSummary(UUID.randomUUID()), 1, "test");

      assertThatThrownBy(() -> tracing.handle(query, HANDLER, () -> {
        throw new NotFoundException("order", query.payload().orderId());
      })).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> tracing.handle(query, HANDLER, () -> {
        throw new IllegalStateException("read model broken");
      })).isInstanceOf(IllegalStateException.class);

      await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 4);
      List<Hop> answers = seen.stream().filter(hop -> hop.to().equals(HANDLER)).toList();
      assertThat(answers).extracting(Hop::outcome, Hop::detail)
          .containsExactly(Tuple.tuple(Outcome.OK, TracingBehaviour.NOT_FOUND),
              Tuple.tuple(Outcome.FAILED, "read model broken"));
    }
  }

  @Test
  void a_query_the_mediator_answers_not_found_is_an_ok_hop_with_that_detail() {
    try (FlowTracer tracer = new FlowTracer(1_024, true, 1_000_000)) {
      List<Hop> seen = new CopyOnWriteArrayList<>();
      tracer.addListener(seen::addAll);
      Mediator mediator = Mediator.builder(OrderFulfilmentContracts.registry()).behaviour(new TracingBehaviour(tracer))
          .query(new UnknownOrders())
          .build();

      assertThatThrownBy(() -> mediator.query(new GetOrderSummary(UUID.randomUUID()), "test")).isInstanceOf(NotFoundException.class);

      await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 2);
      assertThat(seen.stream().filter(hop -> hop.from().equals("mediator")).toList()).extracting(Hop::to, Hop::outcome, Hop::detail)
          .containsExactly(Tuple.tuple("query:GetOrderSummary", Outcome.OK, TracingBehaviour.NOT_FOUND));
    }
  }
}
