package dev.eventscope.services.inventory;

import static dev.eventscope.services.testing.StockFixture.SKU;
import static dev.eventscope.services.testing.StockFixture.released;
import static dev.eventscope.services.testing.StockFixture.reservationFailed;
import static dev.eventscope.services.testing.StockFixture.reserved;
import static dev.eventscope.services.testing.StockFixture.restocked;
import static dev.eventscope.services.testing.StockFixture.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.contracts.inventory.StockEvent;
import dev.eventscope.contracts.inventory.StockEvent.StockRestocked;
import dev.eventscope.contracts.inventory.StockLevel;
import dev.eventscope.contracts.inventory.StockQuery.GetStockLevel;
import dev.eventscope.contracts.inventory.StockQuery.ListStockLevels;
import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Query;
import dev.eventscope.runtime.mediator.NotFoundException;
import dev.eventscope.runtime.projection.memory.InMemoryReadModelStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.services.inventory.application.GetStockLevelHandler;
import dev.eventscope.services.inventory.application.ListStockLevelsHandler;
import dev.eventscope.services.inventory.application.StockLevelRow;
import dev.eventscope.services.inventory.application.StockLevelsProjection;
import dev.eventscope.services.testing.StoredEvents;
import org.junit.jupiter.api.Test;

class StockLevelsProjectionTest {
  private final InMemoryReadModelStore<StockLevelRow> rows = new InMemoryReadModelStore<>();
  private final StockLevelsProjection projection = new StockLevelsProjection(rows);
  private final StoredEvents stream = new StoredEvents();

  @Test
  void reserving_releasing_and_shipping_keep_available_plus_reserved_equal_to_received_minus_shipped() {
    apply(restocked(10));
    apply(reserved(4));
    apply(reservationFailed(20, 6));
    apply(released(4));
    apply(reserved(3));
    apply(shipped(3));

    StockLevel level = level(SKU);
    assertThat(level).isEqualTo(new StockLevel(SKU, 7, 0, 10, 3));
    assertThat(level.available() + level.reserved()).isEqualTo(level.received() - level.shipped());
  }

  @Test
  void a_reservation_in_progress_moves_stock_from_available_to_reserved() {
    apply(restocked(10));
    apply(reserved(4));
    assertThat(level(SKU)).isEqualTo(new StockLevel(SKU, 6, 4, 10, 0));
  }

  @Test
  void an_event_delivered_twice_is_applied_once() {
    StoredEvent restock = stream.append(SKU, restocked(10));
    projection.handle(restock);
    projection.handle(restock);
    assertThat(level(SKU).received()).isEqualTo(10);
  }

  @Test
  void an_unknown_sku_is_not_found_and_the_list_is_sorted_by_sku() {
    apply(restocked(1));
    projection.handle(stream.append("sku-banana", new StockRestocked("sku-banana", 2)));

    assertThatThrownBy(() -> level("sku-kiwi")).isInstanceOf(NotFoundException.class);
    assertThat(new ListStockLevelsHandler(rows).handle(envelope(new ListStockLevels())).items())
        .extracting(StockLevel::sku).containsExactly(SKU, "sku-banana");
  }

  private void apply(StockEvent event) {
    projection.handle(stream.append(SKU, event));
  }

  private StockLevel level(String sku) {
    return new GetStockLevelHandler(rows).handle(envelope(new GetStockLevel(sku)));
  }

  private static <Q extends Query<?>> Envelope<Q> envelope(Q query) {
    return Envelope.first(query, 1, OrderFulfilmentContracts.INVENTORY);
  }
}
