/**
 * Replay of stored events: a {@link dev.eventscope.runtime.replay.ReplaySelection} picks events
 * from a store, a {@link dev.eventscope.runtime.replay.ReplayJob} hands them (marked
 * {@code replay=true}) to its {@link dev.eventscope.runtime.replay.ReplayTarget}s at a
 * {@link dev.eventscope.runtime.replay.ReplaySpeed}, under pause/resume/step/cancel, with progress
 * and a checkpoint to resume from. Projection rebuilds write into shadow read models
 * ({@link dev.eventscope.runtime.replay.SwappableReadModels}) that are swapped in only when complete,
 * so a cancelled or crashed rebuild never touches the live read model. Knows no order.
 */
package dev.eventscope.runtime.replay;
