package dev.eventscope.runtime.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** Reads at once run on connections of their own; a read within a read stays on its connection. */
class ReadersTest {
  @TempDir Path folder;

  private Readers open() throws Exception {
    return Readers.open(new SQLiteConfig(), "jdbc:sqlite:" + folder.resolve("test.db"), 2);
  }

  @Test
  void a_read_while_another_is_running_gets_the_other_connection() throws Exception {
    try (Readers readers = open()) {
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Connection> first = CompletableFuture.supplyAsync(() -> {
        try {
          return readers.read(connection -> {
            holding.countDown();
            awaitQuietly(release);
            return connection;
          });
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
      Connection second = readers.read(connection -> connection);
      release.countDown();
      assertThat(second).isNotSameAs(first.get(10, TimeUnit.SECONDS));
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void a_read_within_a_read_uses_the_same_connection() throws Exception {
    try (Readers readers = open()) {
      Connection[] inner = new Connection[1];
      Connection outer = readers.read(connection -> {
        inner[0] = readers.read(nested -> nested);
        return connection;
      });
      assertThat(inner[0]).isSameAs(outer);
    }
  }
}
