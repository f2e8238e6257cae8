package dev.eventscope.contracts.message;

/**
 * An intention to change the system, named in the imperative ({@code PlaceOrder}).
 *
 * @param <R> what handling it answers
 */
public interface Command<R> extends Message {}
