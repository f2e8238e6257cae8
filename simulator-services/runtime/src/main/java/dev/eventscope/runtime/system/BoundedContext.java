package dev.eventscope.runtime.system;

/** A bounded context's composition root: registers its handlers, read models and subscribers. */
public interface BoundedContext {
  String name();

  void register(Wiring wiring);
}
