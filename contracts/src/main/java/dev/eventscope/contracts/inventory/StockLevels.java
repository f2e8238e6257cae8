package dev.eventscope.contracts.inventory;

import java.util.List;

public record StockLevels(List<StockLevel> items) {}
