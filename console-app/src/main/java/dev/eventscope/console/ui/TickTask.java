package dev.eventscope.console.ui;

/**
 * Work done once per UI tick on the tick thread (drain, aggregate, compute). It answers what the
 * UI thread should then apply, or {@code null} when nothing changed, so a quiet tick costs the
 * UI thread nothing.
 */
@FunctionalInterface
public interface TickTask {
  Runnable onTick(long nowMillis);
}
