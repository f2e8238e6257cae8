/**
 * The inventory bounded context: one {@code StockItem} aggregate per SKU holds what was received,
 * what is reserved for which order, and what shipped. Reservations are keyed by order so every
 * command is safe to repeat, and running short is an event the saga reacts to rather than an
 * error. It owns the stock events and the stock-levels read model.
 */
package dev.eventscope.services.inventory;
