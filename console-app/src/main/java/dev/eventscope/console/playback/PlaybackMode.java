package dev.eventscope.console.playback;

/** How the dispatcher is being driven from the console. */
public enum PlaybackMode {
  RUNNING,
  PAUSED,
  SLOW_MOTION
}
