package dev.eventscope.runtime.store.mongo;

import com.mongodb.MongoTimeoutException;

/**
 * Why a server selection timed out, in words an operator can act on: the driver only says it
 * timed out and puts the reason (DNS, TLS, refused connection) in its description of the cluster.
 */
final class WhyUnreachable {
  private WhyUnreachable() {}

  /** A short reason to append after a colon, or empty when the description says nothing useful. */
  static String reason(MongoTimeoutException e, String host, boolean srv, boolean tls) {
    String seen = String.valueOf(e.getMessage());
    if (seen.contains("srvResolutionException") || srv && seen.contains("SRV record")) {
      return "the DNS SRV record _mongodb._tcp." + host + " could not be looked up (is the cluster's host name right?)";
    }
    if (seen.contains("UnknownHostException")) return "the host name does not resolve";
    if (seen.contains("SSLHandshakeException") || seen.contains("SSLException") || seen.contains("PKIX")
        || seen.contains("CertificateException")) {
      return "the TLS handshake failed (is the server speaking TLS, and does this JVM trust its certificate?)";
    }
    if (seen.contains("Connection refused") || seen.contains("ConnectException")) return "nothing listens there (connection refused)";
    if (seen.contains("Prematurely reached end of stream")) return "the server closed the connection (is it a MongoDB server?)";
    if (tls) return "no answer to the TLS handshake (is the server speaking TLS?)";
    return "";
  }
}
