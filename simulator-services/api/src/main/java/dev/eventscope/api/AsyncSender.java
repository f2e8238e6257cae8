package dev.eventscope.api;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.WriteCallback;

/** Sends text frames without blocking, one in flight at a time; a failed write closes the session. */
final class AsyncSender {
  private final Session session;
  private final Consumer<Session> onClosed;
  private final AtomicBoolean inFlight = new AtomicBoolean();

  AsyncSender(Session session, Consumer<Session> onClosed) {
    this.session = session;
    this.onClosed = onClosed;
  }

  boolean busy() {
    return inFlight.get() || !session.isOpen();
  }

  void send(String text) {
    if (!inFlight.compareAndSet(false, true)) return;
    session.getRemote().sendString(text, new WriteCallback() {
      @Override
      public void writeSuccess() {
        inFlight.set(false);
      }

      @Override
      public void writeFailed(Throwable failure) {
        inFlight.set(false);
        onClosed.accept(session);
        session.close();
      }
    });
  }
}
