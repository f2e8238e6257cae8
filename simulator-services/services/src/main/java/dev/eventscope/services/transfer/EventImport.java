package dev.eventscope.services.transfer;

import dev.eventscope.contracts.message.Envelope;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.registry.ContractException;
import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.store.ConcurrencyException;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends an export ({@link EventExport}) to a store: each event at its own stream version, so
 * importing the same file twice changes nothing, and an event whose predecessors are missing or
 * whose version is taken by another message is skipped with the reason — never silently. Positions
 * are the target store's own; message, correlation and causation ids are kept.
 */
public final class EventImport {
  private static final int REASONS_KEPT = 20;

  private EventImport() {}

  /**
   * What an import did.
   *
   * @param alreadyThere events the store held already (the same message at the same version)
   * @param skipped a few of the skipped lines with their reasons, up to {@value #REASONS_KEPT}
   */
  public record Result(long lines, long imported, long alreadyThere, long skippedCount, List<String> skipped) {}

  public static Result read(BufferedReader in, EventWire wire, EventStore target) {
    long lines = 0;
    long imported = 0;
    long already = 0;
    long skippedCount = 0;
    List<String> skipped = new ArrayList<>();
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines++;
        if (line.isBlank()) continue;
        String problem;
        try {
          Envelope<Event> event = wire.decode(line.getBytes(StandardCharsets.UTF_8)).envelope();
          switch (append(target, event)) {
            case IMPORTED -> imported++;
            case ALREADY_THERE -> already++;
          }
          continue;
        } catch (ContractException e) {
          problem = e.getMessage();
        } catch (Skipped | ConcurrencyException e) {
          problem = e.getMessage();
        }
        skippedCount++;
        if (skipped.size() < REASONS_KEPT) skipped.add("line " + lines + ": " + firstLine(problem));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the import: " + e.getMessage(), e);
    }
    return new Result(lines, imported, already, skippedCount, List.copyOf(skipped));
  }

  private static String firstLine(String text) {
    int newline = text == null ? -1 : text.indexOf('\n');
    return newline < 0 ? String.valueOf(text) : text.substring(0, newline);
  }

  private enum Outcome { IMPORTED, ALREADY_THERE }

  private static Outcome append(EventStore target, Envelope<Event> event) {
    String stream = event.aggregateId();
    long version = event.version();
    List<StoredEvent> held = target.readStream(stream, 0);
    if (held.size() >= version) {
      StoredEvent there = held.get((int) version - 1);
      if (there.envelope().messageId().equals(event.messageId())) return Outcome.ALREADY_THERE;
      throw new Skipped(stream + " version " + version + " is already another message (" + there.envelope().messageId() + ")");
    }
    if (held.size() != version - 1) {
      throw new Skipped(stream + " is at version " + held.size() + ": version " + version + " needs the ones before it first");
    }
    target.append(stream, version - 1, List.of(event));
    return Outcome.IMPORTED;
  }

  /** A line that cannot be imported, and why. */
  private static final class Skipped extends RuntimeException {
    Skipped(String reason) {
      super(reason, null, false, false);
    }
  }
}
