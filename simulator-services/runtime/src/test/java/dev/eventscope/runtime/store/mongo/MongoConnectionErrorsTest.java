package dev.eventscope.runtime.store.mongo;

import static dev.eventscope.runtime.store.StoreFixtures.CODEC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventscope.runtime.store.StoreUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/** mongodb+srv:// and TLS connection strings that cannot connect: one line naming the host and why, in bounded time. */
class MongoConnectionErrorsTest {
  private static final MongoTestServer server = MongoTestServer.shared();

  private static String failure(String uri, Duration within) {
    long start = System.nanoTime();
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(() -> {
      try (MongoBackend backend = MongoBackend.connect(uri, CODEC)) {
        backend.describe();
      }
    }).isInstanceOf(StoreUnavailableException.class).satisfies(e -> thrown[0] = e);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(within);
    String message = thrown[0].getMessage();
    assertThat(message).doesNotContain("hunter2").doesNotContain("admin").doesNotContain("\n");
    return message;
  }

  @Test
  void an_srv_host_that_does_not_resolve_is_named_with_its_dns_record() {
    String message = failure("mongodb+srv://admin:hunter2@cluster0.does-not-exist.invalid/db", Duration.ofSeconds(20));

    assertThat(message).startsWith("MongoDB at cluster0.does-not-exist.invalid is not reachable")
        .endsWith("the DNS SRV record _mongodb._tcp.cluster0.does-not-exist.invalid could not be looked up (is the cluster's host name right?)");
  }

  @Test
  void tls_to_a_server_that_does_not_speak_it_says_so() {
    String message = failure("mongodb://admin:hunter2@" + server.hostAndPort() + "/db?tls=true&serverSelectionTimeoutMS=1500",
        Duration.ofSeconds(10));

    assertThat(message).startsWith("MongoDB at " + server.hostAndPort() + " is not reachable").contains("TLS");
  }

  @Test
  void a_failed_tls_handshake_is_named() throws IOException {
    try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread answering = new Thread(() -> {
        while (!plain.isClosed()) {
          try (Socket socket = plain.accept(); OutputStream out = socket.getOutputStream()) {
            out.write("HTTP/1.1 400 Bad Request\r\n\r\nnot tls".getBytes(StandardCharsets.US_ASCII));
          } catch (IOException closed) {
            return;
          }
        }
      }, "not-tls");
      answering.setDaemon(true);
      answering.start();
      String message = failure("mongodb://admin:hunter2@127.0.0.1:" + plain.getLocalPort() + "/db?tls=true&serverSelectionTimeoutMS=1500",
          Duration.ofSeconds(10));

      assertThat(message).contains("127.0.0.1:" + plain.getLocalPort()).contains("TLS handshake failed");
    }
  }

  @Test
  void a_tls_ca_file_in_the_connection_string_is_what_the_connection_trusts() throws Exception {
    Path ca = Path.of(getClass().getResource("/tls/ca.pem").toURI());
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = getClass().getResourceAsStream("/tls/server.p12")) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, "changeit".toCharArray());
    SSLContext serverTls = SSLContext.getInstance("TLS");
    serverTls.init(keyManagers.getKeyManagers(), null, null);
    try (SSLServerSocket tls = (SSLServerSocket) serverTls.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread answering = new Thread(() -> {
        while (!tls.isClosed()) {
          try (SSLSocket socket = (SSLSocket) tls.accept()) {
            socket.startHandshake(); // then hang up: a TLS server, but no MongoDB
          } catch (IOException closedOrRefused) {
            if (tls.isClosed()) return;
          }
        }
      }, "tls-only");
      answering.setDaemon(true);
      answering.start();
      String base = "mongodb://admin:hunter2@127.0.0.1:" + tls.getLocalPort() + "/db?tls=true&serverSelectionTimeoutMS=1500";

      assertThat(failure(base, Duration.ofSeconds(10))).contains("TLS handshake failed");
      assertThat(failure(base + "&tlsCAFile=" + ca, Duration.ofSeconds(10))).doesNotContain("TLS")
          .endsWith("the server closed the connection (is it a MongoDB server?)");
    }
    assertThat(TlsCaFiles.trustManager(ca).getAcceptedIssuers()).hasSize(1);
    assertThatThrownBy(() -> TlsCaFiles.trustManager(Path.of("/no/such/ca.pem")))
        .hasMessageStartingWith("tlsCAFile /no/such/ca.pem cannot be read");
    assertThat(MongoStoreOptions.driverUri("mongodb://h/db?tls=true&tlsCAFile=/a.pem")).isEqualTo("mongodb://h/db?tls=true");
  }

  @Test
  void a_host_that_does_not_resolve_is_named() {
    String message = failure("mongodb://admin:hunter2@no-such-host.invalid:27017/db?serverSelectionTimeoutMS=1500",
        Duration.ofSeconds(10));

    assertThat(message).isEqualTo("MongoDB at no-such-host.invalid:27017 is not reachable (no answer in time) while trying to "
        + "prepare the events collection: the host name does not resolve");
  }
}
