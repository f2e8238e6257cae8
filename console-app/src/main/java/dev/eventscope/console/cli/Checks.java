package dev.eventscope.console.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Range checks on option values; a failure is a usage error (exit 2) naming the option. */
final class Checks {
  private Checks() {}

  static double probability(CommandSpec spec, String option, double value) {
    if (!(value >= 0.0 && value <= 1.0)) throw bad(spec, option + " must be between 0 and 1, got " + show(value));
    return value;
  }

  static boolean onOff(CommandSpec spec, String option, String value) {
    String word = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (word.equals("on")) return true;
    if (word.equals("off")) return false;
    throw bad(spec, option + " expects on or off, got '" + value + "'");
  }

  static String oneOf(CommandSpec spec, String option, String value, String... allowed) {
    String word = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    for (String one : allowed) {
      if (one.equals(word)) return one;
    }
    throw bad(spec, option + " expects " + String.join(" or ", allowed) + ", got '" + value + "'");
  }

  static long atLeast(CommandSpec spec, String option, long value, long minimum) {
    if (value < minimum) throw bad(spec, option + " must be at least " + minimum + ", got " + value);
    return value;
  }

  static int port(CommandSpec spec, String option, int value) {
    if (value < 0 || value > 65_535) throw bad(spec, option + " must be between 0 and 65535 (0 picks a free port), got " + value);
    return value;
  }

  static Double positiveOrNull(CommandSpec spec, String option, Double value) {
    if (value == null) return null;
    if (!(value > 0.0) || value.isInfinite()) throw bad(spec, option + " must be a positive number, got " + show(value));
    return value;
  }

  static Duration positive(CommandSpec spec, String option, Duration value) {
    if (value != null && (value.isZero() || value.isNegative())) throw bad(spec, option + " must be longer than 0");
    return value;
  }

  private static ParameterException bad(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static String show(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
