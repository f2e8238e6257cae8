package dev.eventscope.runtime.system;

/** One live bus switch as reports show it: from, to, how long draining the old bus took. */
public record BusSwitch(String from, String to, long drainMs, boolean drained) {}
