package dev.eventscope.services.scenario;

import dev.eventscope.runtime.fault.HandlerFault;

/** A handler fault as a scenario writes it; a rate left out is 0. */
public record HandlerFaultSpec(Double exceptionRate, Double poisonRate) {
  public HandlerFaultSpec {
    new HandlerFault(exceptionRate == null ? 0 : exceptionRate, poisonRate == null ? 0 : poisonRate);
  }

  public HandlerFault toFault() {
    return new HandlerFault(exceptionRate == null ? 0 : exceptionRate, poisonRate == null ? 0 : poisonRate);
  }
}
