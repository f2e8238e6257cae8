package dev.eventscope.runtime.fault;

/** Checks that a probability is one. */
final class Rates {
  private Rates() {}

  static void check(String name, double rate) {
    if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException(name + " must be between 0 and 1, got " + rate);
  }
}
