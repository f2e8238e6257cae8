package dev.eventscope.services.scenario;

import dev.eventscope.contracts.message.MessageIds;
import dev.eventscope.contracts.orders.OrderCommand.PlaceOrder;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.runtime.fault.FaultRecorder;
import dev.eventscope.runtime.fault.Faults;
import dev.eventscope.services.simulation.OrderGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * A scenario's orders: the i-th order's customer and lines follow from the seed and i alone; a
 * stock shortage (an order for more than the shelves can ever hold) strikes at the rate the
 * fault switchboard says at that moment, so a slider changes it live.
 */
final class ScenarioOrders implements IntFunction<PlaceOrder> {
  private final Scenario scenario;
  private final Faults faults;
  private final FaultRecorder recorder;

  ScenarioOrders(Scenario scenario, Faults faults, FaultRecorder recorder) {
    this.scenario = scenario;
    this.faults = faults;
    this.recorder = recorder;
  }

  @Override
  public PlaceOrder apply(int index) {
    SplittableRandom random = new SplittableRandom(scenario.seed() * 0x9E3779B97F4A7C15L + index);
    String customer = "customer-%03d".formatted(1 + scenario.customers().pick(random));
    Map<String, OrderLine> lines = new LinkedHashMap<>();
    int lineCount = 1 + random.nextInt(3);
    for (int l = 0; l < lineCount; l++) {
      String sku = OrderGenerator.sku(scenario.skus().pick(random));
      lines.putIfAbsent(sku, new OrderLine(sku, 1 + random.nextInt(3), OrderGenerator.price(sku)));
    }
    if (random.nextDouble() < faults.settings().stockShortageRate()) {
      OrderLine first = lines.values().iterator().next();
      lines.put(first.sku(), new OrderLine(first.sku(), OrderGenerator.SHORTAGE_QUANTITY, first.unitPriceCents()));
      recorder.component(FaultRecorder.SHORTAGE, "handler:PlaceOrder", "order " + index + " asks for more " + first.sku() + " than the shelves hold");
    }
    return new PlaceOrder(MessageIds.next(), customer, List.copyOf(lines.values()), OrderGenerator.GOOD_TOKEN);
  }

  /** Enough of every SKU for every order the scenario can place (each order takes at most 3 of a SKU). */
  static int autoStock(Scenario scenario) {
    double orders = scenario.orders() != null ? scenario.orders()
        : scenario.duration().toMillis() / 1_000.0 * scenario.load().peakRate();
    return (int) Math.min(Scenario.MAX_STOCK_PER_SKU, Math.ceil(orders * 3) + 10);
  }
}
