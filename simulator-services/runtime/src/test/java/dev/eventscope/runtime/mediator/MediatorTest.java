package dev.eventscope.runtime.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.contracts.orders.OrderQuery.GetOrderSummary;
import dev.eventscope.contracts.registry.ContractViolationException;
import dev.eventscope.runtime.mediator.behaviour.LoggingBehaviour;
import dev.eventscope.runtime.mediator.behaviour.MetricsBehaviour;
import dev.eventscope.runtime.mediator.behaviour.RetryOnConflictBehaviour;
import dev.eventscope.runtime.mediator.behaviour.ValidationBehaviour;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.store.ConcurrencyException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MediatorTest {
  private final Metrics metrics = new Metrics();

  private static PlaceOrder validOrder() {
    return new PlaceOrder(UUID.randomUUID(), "customer-1", List.of(new OrderLine("SKU-001", 1, 100)), null);
  }

  private static CommandHandler<PlaceOrder, Accepted> placeOrderHandler(java.util.function.Function<Envelope<PlaceOrder>, Accepted> body) {
    return new CommandHandler<>() {
      @Override
      public Class<PlaceOrder> type() {
        return PlaceOrder.class;
      }

      @Override
      public Accepted handle(Envelope<PlaceOrder> command) {
        return body.apply(command);
      }
    };
  }

  @Test
  void a_command_of_a_context_running_elsewhere_goes_to_the_forwarder_envelope_and_all_without_local_behaviours() {
    AtomicReference<Envelope<?>> forwarded = new AtomicReference<>();
    CommandForwarder remote = new CommandForwarder() {
      @Override
      public boolean forwards(Class<?> commandType) {
        return commandType == ConfirmOrder.class;
      }

      @Override
      @SuppressWarnings("unchecked")
      public <R> R forward(Envelope<? extends dev.eventscope.contracts.message.Command<R>> envelope) {
        forwarded.set(envelope);
        return (R) new Accepted("elsewhere", 7, 1);
      }
    };
    Mediator mediator = Mediator.builder(OrderFulfilmentContracts.registry())
        .behaviour(new MetricsBehaviour(metrics)).forwarder(remote).build();
    Envelope<PlaceOrder> cause = Envelope.first(validOrder(), 1, "test");

    Accepted answer = mediator.send(new ConfirmOrder(UUID.randomUUID()), cause, "saga:test");

    assertThat(answer).isEqualTo(new Accepted("elsewhere", 7, 1));
    assertThat(forwarded.get().correlationId()).isEqualTo(cause.correlationId());
    assertThat(forwarded.get().causationId()).isEqualTo(cause.messageId());
    assertThat(forwarded.get().source()).isEqualTo("saga:test");
    assertThat(metrics.get(Metrics.COMMANDS_SENT)).isZero();
    assertThatThrownBy(() -> mediator.send(validOrder(), "test")).isInstanceOf(NoHandlerException.class);
  }

  @Test
  void a_command_without_a_handler_is_an_error_not_a_silent_drop() {
    Mediator mediator = Mediator.builder(OrderFulfilmentContracts.registry()).build();

    assertThatThrownBy(() -> mediator.send(new ConfirmOrder(UUID.randomUUID()), "test"))
        .isInstanceOf(NoHandlerException.class)
        .hasMessageContaining("ConfirmOrder");
  }

  @Test
  void a_new_command_starts_its_own_correlation_and_a_caused_one_inherits_it() {
    AtomicReference<Envelope<PlaceOrder>> seen = new AtomicReference<>();
    Mediator mediator = Mediator.builder(OrderFulfilmentContracts.registry())
        .command(placeOrderHandler(command -> {
          seen.set(command);
          return new Accepted("x", 1, 1);
        }))
        .build();

    mediator.send(validOrder(), "test");
    Envelope<PlaceOrder> first = seen.get();
    mediator.send(validOrder(), first, "saga");

    assertThat(first.correlationId()).isEqualTo(first.messageId());
    assertThat(seen.get().correlationId()).isEqualTo(first.correlationId());
    assertThat(seen.get().causationId()).isEqualTo(first.messageId());
    assertThat(seen.get().source()).isEqualTo("saga");
  }

  @Test
  void an_invalid_command_is_refused_before_its_handler_runs_and_counted_as_rejected() {
    AtomicInteger calls = new AtomicInteger();
    Mediator mediator = Mediator.builder(OrderFulfilmentContracts.registry())
        .behaviour(new MetricsBehaviour(metrics))
        .behaviour(new ValidationBehaviour())
        .command(placeOrderHandler(command -> {
          calls.incrementAndGet();
          return new Accepted("x", 1, 1);
        }))
        .build();

    assertThatThrownBy(() -> mediator.send(new PlaceOrder(UUID.randomUUID(), "", List.of(), null), "test"))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("customerId")
        .hasMessageContaining("lines");
    assertThat(calls).hasValue(0);
    assertThat(metrics.get(Metrics.COMMANDS_REJECTED)).isEqualTo(1);
  }

  @Test
  void a_concurrency_conflict_is_retried_until_the_handler_succeeds() {
    AtomicInteger calls = new AtomicInteger();
    Mediator mediator = Mediator.builder(OrderFulfilmentContracts.registry())
        .behaviour(new RetryOnConflictBehaviour(5, metrics))
        .command(placeOrderHandler(command -> {
          if (calls.incrementAndGet() < 3) throw new ConcurrencyException("x", 0, 1);
          return new Accepted("x", 1, 1);
        }))
        .build();

    Accepted accepted = mediator.send(validOrder(), "test");

    assertThat(accepted.version()).isEqualTo(1);
    assertThat(calls).hasValue(3);
    assertThat(metrics.get(Metrics.CONFLICT_RETRIES)).isEqualTo(2);
  }

  @Test
  void retries_give_up_after_the_limit() {
    Mediator mediator = Mediator.builder(OrderFulfilmentContracts.registry())
        .behaviour(new RetryOnConflictBehaviour(2, metrics))
        .command(placeOrderHandler(command -> {
          throw new ConcurrencyException("x", 0, 1);
        }))
        .build();

    assertThatThrownBy(() -> mediator.send(validOrder(), "test")).isInstanceOf(ConcurrencyException.class);
  }

  @Test
  void a_query_that_finds_nothing_passes_the_behaviours_as_an_answer_and_reaches_its_caller_as_not_found() {
    List<Object> seenByBehaviour = new ArrayList<>();
    PipelineBehaviour watching = new PipelineBehaviour() {
      @Override
      public <R> R handle(Envelope<? extends Message> message, String handlerNode, Next<R> next) {
        R result = next.proceed();
        seenByBehaviour.add(result);
        return result;
      }
    };
    UUID unknown = UUID.randomUUID();
    Mediator mediator = Mediator.builder(OrderFulfilmentContracts.registry())
        .behaviour(new LoggingBehaviour()).behaviour(watching).behaviour(new MetricsBehaviour(metrics))
        .query(new UnknownOrders())
        .build();

    assertThatThrownBy(() -> mediator.query(new GetOrderSummary(unknown), "test"))
        .isInstanceOf(NotFoundException.class).hasMessage("order " + unknown + " not found");
    assertThat(seenByBehaviour).hasSize(1).allMatch(NotFound::is);
    assertThat(metrics.get(Metrics.QUERIES)).isEqualTo(1);
  }
}
