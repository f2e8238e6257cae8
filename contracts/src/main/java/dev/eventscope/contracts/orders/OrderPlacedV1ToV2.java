package dev.eventscope.contracts.orders;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.registry.Upcaster;

/** OrderPlaced v1 had no currency: every v1 order was in euros. */
public final class OrderPlacedV1ToV2 implements Upcaster {
  @Override
  public String type() {
    return "OrderPlaced";
  }

  @Override
  public int fromVersion() {
    return 1;
  }

  @Override
  public ObjectNode upcast(ObjectNode payload) {
    if (!payload.has("currency")) payload.put("currency", "EUR");
    return payload;
  }
}
