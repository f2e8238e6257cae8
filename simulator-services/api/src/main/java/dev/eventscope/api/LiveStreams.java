package dev.eventscope.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.trace.Hop;
import dev.eventscope.runtime.trace.HopListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.websocket.api.Session;

/**
 * The WebSocket streams: live hops ({@code /ws/flow}) and the stored-event tail ({@code /ws/events}).
 * A slow client never slows the system: the tracer only appends to each session's bounded queue
 * (oldest dropped, counted and reported to the client), and one pump thread sends asynchronously
 * with at most one frame in flight per session. The tail reads the store at the client's pace.
 */
final class LiveStreams implements HopListener, AutoCloseable {
  static final int FLOW_QUEUE = 4096;
  static final int BATCH = 500;
  private static final long PUMP_MILLIS = 50;
  private static final long NOTICE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final ObjectMapper mapper;
  private final EventStore store;
  private final EventRoutes events;
  private final Map<Session, FlowSession> flows = new ConcurrentHashMap<>();
  private final Map<Session, TailSession> tails = new ConcurrentHashMap<>();
  private final AtomicLong dropped = new AtomicLong();
  private final ScheduledExecutorService pump = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "eventscope-api-ws");
    thread.setDaemon(true);
    return thread;
  });

  LiveStreams(ObjectMapper mapper, EventStore store, EventRoutes events) {
    this.mapper = mapper;
    this.store = store;
    this.events = events;
    pump.scheduleWithFixedDelay(this::pumpAll, PUMP_MILLIS, PUMP_MILLIS, TimeUnit.MILLISECONDS);
  }

  void openFlow(Session session) {
    flows.put(session, new FlowSession(session));
  }

  void openTail(Session session, long after) {
    tails.put(session, new TailSession(session, after));
  }

  void closed(Session session) {
    flows.remove(session);
    tails.remove(session);
  }

  long droppedCount() {
    return dropped.get();
  }

  int sessionCount() {
    return flows.size() + tails.size();
  }

  /** On the tracer's thread: serialize once, append to every queue, never wait. */
  @Override
  public void onHops(List<Hop> hops) {
    if (flows.isEmpty()) return;
    List<String> texts = new ArrayList<>(hops.size());
    for (Hop hop : hops) {
      try {
        texts.add(mapper.writeValueAsString(hop));
      } catch (JsonProcessingException e) {
        // A hop is plain data; skip one that cannot be written rather than stop the stream.
      }
    }
    for (FlowSession session : flows.values()) session.offer(texts);
  }

  private void pumpAll() {
    try {
      long now = System.nanoTime();
      for (FlowSession session : flows.values()) session.pump(now);
      for (TailSession session : tails.values()) session.pump();
    } catch (RuntimeException e) {
      // Keep pumping the other sessions; a broken one closes itself through its write callback.
    }
  }

  @Override
  public void close() {
    pump.shutdownNow();
    flows.keySet().forEach(Session::close);
    tails.keySet().forEach(Session::close);
  }

  private final class FlowSession {
    private final AsyncSender sender;
    private final java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
    private long droppedHere;
    private long reported;
    private long lastNotice;

    FlowSession(Session session) {
      this.sender = new AsyncSender(session, LiveStreams.this::closed);
    }

    synchronized void offer(List<String> hops) {
      for (String hop : hops) {
        if (queue.size() == FLOW_QUEUE) {
          queue.pollFirst();
          droppedHere++;
          dropped.incrementAndGet();
        }
        queue.addLast(hop);
      }
    }

    void pump(long now) {
      if (sender.busy()) return;
      String frame;
      synchronized (this) {
        if (droppedHere > reported && now - lastNotice >= NOTICE_NANOS) {
          frame = "{\"dropped\":" + (droppedHere - reported) + ",\"totalDropped\":" + droppedHere + "}";
          reported = droppedHere;
          lastNotice = now;
        } else if (queue.isEmpty()) {
          return;
        } else {
          StringBuilder batch = new StringBuilder("{\"hops\":[");
          for (int i = 0; i < BATCH && !queue.isEmpty(); i++) {
            if (i > 0) batch.append(',');
            batch.append(queue.pollFirst());
          }
          frame = batch.append("]}").toString();
        }
      }
      sender.send(frame);
    }
  }

  private final class TailSession {
    private final AsyncSender sender;
    private long cursor;

    TailSession(Session session, long after) {
      this.sender = new AsyncSender(session, LiveStreams.this::closed);
      this.cursor = after;
    }

    void pump() {
      if (sender.busy()) return;
      List<StoredEvent> page = store.readAll(cursor, BATCH);
      if (page.isEmpty()) return;
      var frame = mapper.createObjectNode();
      var list = frame.putArray("events");
      for (StoredEvent event : page) list.add(events.tree(event));
      cursor = page.get(page.size() - 1).position();
      frame.put("next", cursor);
      sender.send(frame.toString());
    }
  }
}
