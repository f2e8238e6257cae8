package dev.eventscope.runtime.mediator;

import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Envelope;

/**
 * Where the mediator sends a command that no handler in this process takes: the process that
 * runs the command's bounded context (a service deployed on its own). The receiving process
 * runs the command through its own pipeline, so it is traced there, once.
 */
public interface CommandForwarder {
  /** True when commands of this type belong to a context that runs elsewhere. */
  boolean forwards(Class<?> commandType);

  /**
   * Hands the command, envelope and all, to the process that handles it and returns its answer.
   *
   * @throws CommandRejectedException when that process's aggregate refused it
   * @throws RuntimeException when it could not be delivered (the sender may try again)
   */
  <R> R forward(Envelope<? extends Command<R>> envelope);
}
