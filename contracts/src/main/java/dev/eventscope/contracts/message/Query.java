package dev.eventscope.contracts.message;

/**
 * A question to a read model ({@code GetOrderSummary}); never changes anything.
 *
 * @param <R> the answer's type
 */
public interface Query<R> extends Message {}
