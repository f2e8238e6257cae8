/**
 * Replay wired to the order-fulfilment system: {@link dev.eventscope.services.replay.ReplayHost}
 * starts the system on a store with swappable read models, and
 * {@link dev.eventscope.services.replay.ProjectionRebuild} rebuilds named projections into shadow
 * copies, compares them with the live ones and swaps them in only when the rebuild completed.
 * {@link dev.eventscope.services.replay.Replays} drives replays on a running system (the console's
 * Replay screen, the API's {@code /api/replays}); {@link dev.eventscope.services.replay.ReplayGuard}
 * says when one must be confirmed first.
 */
package dev.eventscope.services.replay;
