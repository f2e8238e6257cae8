/**
 * The orders bounded context: customers place orders here, and the order's life (pending, then
 * confirmed and shipped, or rejected or cancelled) is decided by the {@code Order} aggregate. It
 * owns the order events and the order-summary read model that answers "where is my order?" and
 * "which orders does this customer have?". It knows nothing of stock, payments or shipping; the
 * fulfilment saga drives an order forward by sending it commands.
 */
package dev.eventscope.services.orders;
