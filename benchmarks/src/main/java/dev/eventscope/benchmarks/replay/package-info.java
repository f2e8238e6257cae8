/**
 * Replay rate against a raw driver scan of the same stored events: how much of the store's own
 * read speed the replay engine keeps while rebuilding a projection.
 */
package dev.eventscope.benchmarks.replay;
