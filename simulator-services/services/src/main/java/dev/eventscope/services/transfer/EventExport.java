package dev.eventscope.services.transfer;

import dev.eventscope.runtime.bus.broker.EventWire;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.store.UndecodableEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes stored events as JSON Lines: one event per line in the wire format (the envelope with
 * its payload and the source position), in position order, so a run can be shared, reviewed with
 * any JSON tool, and imported into another store ({@link EventImport}).
 */
public final class EventExport {
  private static final Logger LOG = LoggerFactory.getLogger(EventExport.class);
  private static final int PAGE = 2_000;

  private EventExport() {}

  /**
   * What an export did.
   *
   * @param undecodable stored events the store could not read (named in the log, not exported)
   */
  public record Result(long scanned, long exported, long undecodable) {}

  public static Result write(EventStore store, ReplaySelection selection, EventWire wire, Writer out) {
    return write(store, selection::matches, wire, out);
  }

  /** The stored events {@code wanted} picks (the console's event browser passes its filter). */
  public static Result write(EventStore store, Predicate<StoredEvent> wanted, EventWire wire, Writer out) {
    long scanned = 0;
    long exported = 0;
    long undecodable = 0;
    long after = 0;
    try {
      for (List<StoredEvent> page = store.readAll(after, PAGE); !page.isEmpty(); page = store.readAll(after, PAGE)) {
        for (StoredEvent event : page) {
          scanned++;
          after = event.position();
          if (!wanted.test(event)) continue;
          if (event.payload() instanceof UndecodableEvent bad) {
            LOG.warn("not exported: stored event at position {} cannot be read ({})", event.position(), bad.reason());
            undecodable++;
            continue;
          }
          out.write(new String(wire.encode(event), StandardCharsets.UTF_8));
          out.write('\n');
          exported++;
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the export: " + e.getMessage(), e);
    }
    return new Result(scanned, exported, undecodable);
  }
}
