package dev.eventscope.runtime.fault;

/**
 * What one subscriber's handler does wrong: fail now and then ({@code exceptionRate}, a retry
 * usually succeeds), or meet poison messages ({@code poisonRate}: those fail on every attempt,
 * so they are parked, until the fault is cleared and they are retried).
 */
public record HandlerFault(double exceptionRate, double poisonRate) {
  public static final HandlerFault NONE = new HandlerFault(0, 0);

  public HandlerFault {
    Rates.check("exceptionRate", exceptionRate);
    Rates.check("poisonRate", poisonRate);
  }

  public boolean active() {
    return exceptionRate > 0 || poisonRate > 0;
  }
}
