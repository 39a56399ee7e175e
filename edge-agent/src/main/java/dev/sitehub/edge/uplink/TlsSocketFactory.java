package dev.sitehub.edge.uplink;

import dev.sitehub.edge.config.BrokerSettings;
import dev.sitehub.edge.config.ConfigException;
import dev.sitehub.protocol.transport.NoDelaySslSocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the TLS socket factory: the JDK trust store, or a configured one (PKCS12 or JKS), with
 * Nagle's algorithm off on every socket ({@link NoDelaySslSocketFactory}).
 */
public final class TlsSocketFactory {
  private TlsSocketFactory() {}

  public static SocketFactory of(BrokerSettings broker) {
    if (broker.truststore() == null) {
      return new NoDelaySslSocketFactory((SSLSocketFactory) SSLSocketFactory.getDefault());
    }
    try (InputStream in = Files.newInputStream(broker.truststore())) {
      char[] pw =
          broker.truststorePassword() == null ? null : broker.truststorePassword().toCharArray();
      KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
      ks.load(in, pw);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ks);
      SSLContext ctx = SSLContext.getInstance("TLSv1.3");
      ctx.init(null, tmf.getTrustManagers(), null);
      return new NoDelaySslSocketFactory(ctx.getSocketFactory());
    } catch (IOException | GeneralSecurityException e) {
      throw new ConfigException("broker.truststore", "cannot load: " + e.getMessage());
    }
  }
}
