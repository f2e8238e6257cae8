package dev.eventscope.benchmarks.replay;

/**
 * Reading every stored event the fastest way the store's own driver allows, touching each one's
 * bytes and decoding nothing: the ceiling a replay is measured against.
 */
@FunctionalInterface
interface RawScan {
  /** Reads every event in position order; answers how many it read. */
  long scan() throws Exception;
}
