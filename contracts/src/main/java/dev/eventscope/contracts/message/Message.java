package dev.eventscope.contracts.message;

/** Anything that travels in an {@link Envelope}: a command, a query or an event. */
public interface Message {}
