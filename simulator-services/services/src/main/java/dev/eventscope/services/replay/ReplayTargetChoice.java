package dev.eventscope.services.replay;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a replay goes, as an operator names it: {@code projections} (all), {@code projections:a,b},
 * {@code handlers:a,b} or {@code bus}. The command line, the API and the console all speak it.
 */
public record ReplayTargetChoice(Kind kind, List<String> names) {
  /** The three kinds of target. */
  public enum Kind {
    PROJECTIONS, HANDLERS, BUS;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ReplayTargetChoice {
    names = names == null ? List.of() : List.copyOf(names);
    if (kind == Kind.HANDLERS && names.isEmpty()) throw new IllegalArgumentException("name the handlers: handlers:a,b");
    if (kind == Kind.BUS && !names.isEmpty()) throw new IllegalArgumentException("the bus target takes no names");
  }

  public static ReplayTargetChoice projections(List<String> names) {
    return new ReplayTargetChoice(Kind.PROJECTIONS, names);
  }

  public static ReplayTargetChoice handlers(List<String> names) {
    return new ReplayTargetChoice(Kind.HANDLERS, names);
  }

  public static ReplayTargetChoice bus() {
    return new ReplayTargetChoice(Kind.BUS, List.of());
  }

  /** @throws IllegalArgumentException for anything but the four forms above */
  public static ReplayTargetChoice parse(String text) {
    String value = text == null ? "" : text.trim();
    int colon = value.indexOf(':');
    String kind = colon < 0 ? value : value.substring(0, colon);
    List<String> names = colon < 0 ? List.of()
        : Arrays.stream(value.substring(colon + 1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (Kind candidate : Kind.values()) {
      if (candidate.id().equals(kind)) return new ReplayTargetChoice(candidate, names);
    }
    throw new IllegalArgumentException("unknown target '" + text + "': use projections, projections:a,b, handlers:a,b or bus");
  }

  @Override
  public String toString() {
    return kind.id() + (names.isEmpty() ? "" : ":" + String.join(",", names));
  }
}
