/**
 * A process that runs some bounded contexts of a larger system: its own events leave through a
 * broker, other contexts' events arrive from it and are kept in the process's own store (an
 * inbox), so its subscribers see one ordered stream and every guarantee of the single-process
 * runtime holds unchanged.
 */
package dev.eventscope.runtime.fleet;
