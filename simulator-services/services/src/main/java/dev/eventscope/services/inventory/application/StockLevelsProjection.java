package dev.eventscope.services.inventory.application;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.inventory.StockEvent;
import dev.eventscope.contracts.inventory.StockEvent.StockReleased;
import dev.eventscope.contracts.inventory.StockEvent.StockReserved;
import dev.eventscope.contracts.inventory.StockEvent.StockRestocked;
import dev.eventscope.contracts.inventory.StockEvent.StockShipped;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stock-levels read model: one row per SKU, keeping {@code available + reserved == received -
 * shipped}. Events at or below a row's version were applied already and change nothing.
 */
public final class StockLevelsProjection implements Projection {
  public static final String NAME = "stock-levels";

  private final ReadModelStore<StockLevelRow> rows;

  public StockLevelsProjection(ReadModelStore<StockLevelRow> rows) {
    this.rows = rows;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> contexts() {
    return Set.of(OrderFulfilmentContracts.INVENTORY);
  }

  @Override
  public void handle(StoredEvent stored) {
    if (!(stored.payload() instanceof StockEvent event)) return;
    StockLevelRow row = rows.get(stored.aggregateId()).orElseGet(() -> StockLevelRow.empty(event.sku()));
    if (stored.version() <= row.version()) return;
    rows.put(stored.aggregateId(), applied(row, event, stored.version()));
  }

  private static StockLevelRow applied(StockLevelRow row, StockEvent event, long version) {
    long available = row.available();
    long reserved = row.reserved();
    long received = row.received();
    long shipped = row.shipped();
    if (event instanceof StockRestocked restocked) {
      received += restocked.quantity();
      available += restocked.quantity();
    } else if (event instanceof StockReserved reservation) {
      available -= reservation.quantity();
      reserved += reservation.quantity();
    } else if (event instanceof StockReleased released) {
      reserved -= released.quantity();
      available += released.quantity();
    } else if (event instanceof StockShipped shipment) {
      reserved -= shipment.quantity();
      shipped += shipment.quantity();
    }
    // StockReservationFailed moves no stock; only the version advances.
    return new StockLevelRow(row.sku(), available, reserved, received, shipped, version);
  }

  @Override
  public Map<String, StockLevelRow> rows() {
    Map<String, StockLevelRow> bySku = new TreeMap<>();
    for (StockLevelRow row : rows.all()) bySku.put(row.sku(), row);
    return bySku;
  }
}
