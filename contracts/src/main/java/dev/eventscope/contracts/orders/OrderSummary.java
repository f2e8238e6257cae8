package dev.eventscope.contracts.orders;

import java.time.Instant;
import java.util.UUID;

/** The order-summary read model's row. {@code reason} says why an order was rejected or cancelled. */
public record OrderSummary(
    UUID orderId, String customerId, OrderStatus status, long totalCents, String currency, int lineCount,
    String reason, Instant updatedAt, long version) {}
