package dev.eventscope.contracts.message;

/**
 * The answer to a command that an aggregate accepted: the aggregate and its version afterwards.
 * {@code eventsRecorded} is 0 when the command was already satisfied (idempotent repeat).
 */
public record Accepted(String aggregateId, long version, int eventsRecorded) {}
