package dev.eventscope.benchmarks.axon;

import dev.eventscope.benchmarks.Contender;
import dev.eventscope.benchmarks.OrderFlow;
import dev.eventscope.benchmarks.OrderRules;
import dev.eventscope.benchmarks.axon.AxonOrderCommands.ConfirmOrderCommand;
import dev.eventscope.benchmarks.axon.AxonOrderCommands.PlaceOrderCommand;
import dev.eventscope.contracts.orders.OrderQuery.GetOrderSummary;
import dev.eventscope.contracts.orders.OrderSummary;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The same orders context on Axon Framework 4, configured as a plain (non-Spring, no Axon Server)
 * application would be: {@code DefaultConfigurer}, an {@code EmbeddedEventStore} over
 * {@link IndexedInMemoryStorageEngine}, the event-sourced {@link AxonOrder}, and the order summary
 * in a subscribing event processor that also answers the query. Commands go through
 * {@code CommandGateway.sendAndWait}, the query through the {@code QueryGateway}.
 *
 * <p>A subscribing processor updates the projection inside the command's unit of work, so the
 * read model has caught up when {@code sendAndWait} returns; Eventscope's projection runs after
 * the outbox on the bus, which is more work per event (and what the workload's clock waits for).
 */
public final class AxonOrderFlow implements OrderFlow {
  private final Configuration configuration;
  private final CommandGateway commands;
  private final QueryGateway queries;
  private final AxonOrderSummaryProjection projection = new AxonOrderSummaryProjection();
  private int sent;

  private AxonOrderFlow() {
    Configurer configurer = DefaultConfigurer.defaultConfiguration()
        // Nothing is serialized in memory; Jackson only replaces the default XStream (and its warning).
        .configureSerializer(c -> JacksonSerializer.defaultSerializer())
        .configureEmbeddedEventStore(c -> new IndexedInMemoryStorageEngine())
        .configureAggregate(AxonOrder.class)
        .registerQueryHandler(c -> projection);
    configurer.eventProcessing().usingSubscribingEventProcessors().registerEventHandler(c -> projection);
    configuration = configurer.start();
    commands = configuration.commandGateway();
    queries = configuration.queryGateway();
  }

  public static Contender contender() {
    return Contender.driven("Axon Framework 4.13", AxonOrderFlow::new);
  }

  @Override
  public void order(UUID orderId) {
    commands.sendAndWait(new PlaceOrderCommand(orderId, OrderRules.CUSTOMER, OrderRules.LINES, null));
    commands.sendAndWait(new ConfirmOrderCommand(orderId));
    queries.query(new GetOrderSummary(orderId), ResponseTypes.instanceOf(OrderSummary.class)).join();
    sent++;
  }

  @Override
  public void awaitCaughtUp() {
    // Subscribing: nothing can be behind. Checked anyway, so a misconfiguration cannot look fast.
    if (projection.size() != sent) {
      throw new IllegalStateException("Axon projection holds " + projection.size() + " of " + sent + " orders");
    }
  }

  @Override
  public void close() {
    configuration.shutdown();
  }
}
