package dev.eventscope.services.reliability;

import java.util.Objects;

/**
 * One row of {@code benchmarks/RELIABILITY.md}: one fault run on one bus. A row is identified by
 * its bus and fault; a later run of the same fault on the same bus replaces it.
 *
 * @param load orders placed while the fault strikes
 * @param eventsChecked stored events the run's checker went through
 * @param lost events (or acknowledged orders) that did not reach where they should have
 * @param duplicated events applied twice
 * @param recoverySeconds from the end of the fault (or of the load, if later) to the last order's final status, rounded up
 */
public record ReliabilityRow(String bus, String fault, long load, long eventsChecked, long lost, long duplicated,
    long recoverySeconds) {
  public ReliabilityRow {
    Objects.requireNonNull(bus, "bus");
    Objects.requireNonNull(fault, "fault");
    if (bus.contains("|") || fault.contains("|")) throw new IllegalArgumentException("a cell cannot hold '|': " + bus + ", " + fault);
  }

  String markdown() {
    return "| " + bus + " | " + fault + " | " + load + " | " + eventsChecked + " | " + lost + " | " + duplicated + " | "
        + recoverySeconds + " |";
  }

  /** The row a table line holds, or null if the line is not a row (a header, a separator, text). */
  static ReliabilityRow parse(String line) {
    if (!line.startsWith("| ") || line.equals(ReliabilityTable.HEADER) || line.startsWith("| ---")) return null;
    String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
    if (cells.length != 7) return null;
    try {
      return new ReliabilityRow(cells[0].strip(), cells[1].strip(), number(cells[2]), number(cells[3]), number(cells[4]),
          number(cells[5]), number(cells[6]));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static long number(String cell) {
    return Long.parseLong(cell.strip());
  }
}
