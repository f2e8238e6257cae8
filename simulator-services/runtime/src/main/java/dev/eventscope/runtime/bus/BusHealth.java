package dev.eventscope.runtime.bus;

/** A bus strategy's state as the status bar and {@code GET /api/bus} show it. */
public record BusHealth(String strategy, boolean healthy, String detail) {}
