package dev.eventscope.runtime.store.mongo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * {@code tlsCAFile=/path/ca.pem} in a MongoDB connection string (what mongosh and most drivers take,
 * and Atlas, DocumentDB and private clusters hand out): the Java driver ignores it, so the
 * certificates it holds become the trust store of the connection here.
 */
public final class TlsCaFiles {
  public static final String OPTION = "tlsCAFile";

  private TlsCaFiles() {}

  /** @throws IllegalArgumentException naming the file when it cannot be read or holds no certificate */
  public static X509TrustManager trustManager(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certificates.isEmpty()) throw new IllegalArgumentException(OPTION + " " + file + " holds no certificate");
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      int i = 0;
      for (Certificate certificate : certificates) trusted.setCertificateEntry("ca-" + i++, certificate);
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trusted);
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) return x509;
      }
      throw new IllegalArgumentException(OPTION + " " + file + ": no X.509 trust manager in this JVM");
    } catch (IOException e) {
      throw new IllegalArgumentException(OPTION + " " + file + " cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(OPTION + " " + file + " is not PEM certificates: " + e.getMessage(), e);
    }
  }

  /** A TLS context that trusts exactly the certificates in {@code file}. */
  public static SSLContext context(Path file) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustManager(file)}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot set up TLS with " + OPTION + " " + file + ": " + e.getMessage(), e);
    }
  }
}
