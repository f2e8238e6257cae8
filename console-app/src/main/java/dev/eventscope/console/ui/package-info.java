/**
 * The console's plumbing between the running system and the screens: the one place that hops onto
 * the JavaFX thread ({@link dev.eventscope.console.ui.UiExecutor}), the UI tick that coalesces
 * high-rate hop streams into one update every 100 ms, the hop feed that buffers the tracer's
 * batches until the next tick, and small formatting helpers shared by every screen.
 */
package dev.eventscope.console.ui;
