package dev.eventscope.runtime.fault;

import dev.eventscope.runtime.store.StoredEvent;

/**
 * Applies the handler faults of {@link Faults} just before a subscriber handles an event: slow
 * projections sleep, an exception rate throws now and then, a poison message throws on every
 * attempt while its fault is on.
 */
public final class HandlerFaultInjector {
  public static final HandlerFaultInjector NONE = new HandlerFaultInjector(new Faults(), null);

  private final Faults faults;
  private final FaultRecorder recorder;

  public HandlerFaultInjector(Faults faults, FaultRecorder recorder) {
    this.faults = faults;
    this.recorder = recorder;
  }

  /**
   * @throws InjectedFaultException when an injected failure strikes this attempt
   */
  public void beforeHandle(String subscriber, boolean projection, StoredEvent event) {
    if (!faults.handlerFaultsOn()) return;
    FaultSettings settings = faults.settings();
    String node = "subscriber:" + subscriber;
    if (projection && settings.slowProjectionMs() > 0) {
      recorder.struck(FaultRecorder.SLOW, node, event.envelope(), "projection slowed by " + settings.slowProjectionMs() + " ms");
      sleep(settings.slowProjectionMs());
    }
    HandlerFault fault = settings.handler(subscriber);
    if (Faults.poisonous(event.envelope().messageId(), subscriber, fault.poisonRate())) {
      String detail = "poison message: " + event.envelope().type() + " fails in " + subscriber + " on every attempt";
      recorder.struck(FaultRecorder.POISON, node, event.envelope(), detail);
      throw new InjectedFaultException("injected " + detail);
    }
    if (Faults.chance(fault.exceptionRate())) {
      String detail = "handler exception in " + subscriber + " (rate " + fault.exceptionRate() + ")";
      recorder.struck(FaultRecorder.EXCEPTION, node, event.envelope(), detail);
      throw new InjectedFaultException("injected " + detail);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
