package dev.eventscope.console.bench;

import javafx.animation.AnimationTimer;
import org.HdrHistogram.Histogram;

/**
 * An {@link AnimationTimer} runs once per JavaFX pulse; the time between two runs is the pulse
 * interval the user feels (about 16.7 ms at 60 fps; longer when the FX thread was busy). Recording
 * starts and stops on the FX thread; the histogram is read after stopping.
 */
final class PulseRecorder extends AnimationTimer {
  private final Histogram intervalsMicros = new Histogram(60_000_000L, 3);
  private long last;
  private boolean recording;

  @Override
  public void handle(long nowNanos) {
    if (recording && last != 0) intervalsMicros.recordValue(Math.max(0, (nowNanos - last) / 1_000));
    last = nowNanos;
  }

  /** FX thread. */
  void record() {
    intervalsMicros.reset();
    last = 0;
    recording = true;
  }

  /** FX thread. */
  void pause() {
    recording = false;
  }

  Histogram intervals() {
    return intervalsMicros;
  }
}
