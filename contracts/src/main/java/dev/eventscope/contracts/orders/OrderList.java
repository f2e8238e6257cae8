package dev.eventscope.contracts.orders;

import java.util.List;

public record OrderList(List<OrderSummary> orders) {}
