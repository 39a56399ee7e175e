package dev.sitehub.broker.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.broker.ContractDatabase;
import dev.sitehub.broker.MqttClients;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.transport.NoDelaySslSocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS listener edge boxes use, on the real embedded broker with the SiteHub extension: the
 * broker's key and certificate are made in the test with the JDK's keytool (CN and SAN localhost /
 * 127.0.0.1), and real Paho clients connect over {@code ssl://}.
 */
class TlsListenerTest {
  private static final String STORE_PASSWORD = "tls-test-store";

  @TempDir static Path dir;
  private static ContractDatabase db;
  private static EmbeddedBroker broker;
  private static X509Certificate brokerCert;

  @BeforeAll
  static void start() throws Exception {
    Path keystore = dir.resolve("broker.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "broker",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=dns:localhost,ip:127.0.0.1",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        keystore.toString(),
        "-storepass",
        STORE_PASSWORD,
        "-keypass",
        STORE_PASSWORD);
    Path cert = dir.resolve("broker.crt");
    keytool(
        "-exportcert",
        "-alias",
        "broker",
        "-keystore",
        keystore.toString(),
        "-storepass",
        STORE_PASSWORD,
        "-file",
        cert.toString());
    try (InputStream in = Files.newInputStream(cert)) {
      brokerCert =
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    db = ContractDatabase.create();
    broker =
        EmbeddedBroker.start(
            EmbeddedBrokerConfig.builder()
                .port(0)
                .tls(new EmbeddedBrokerConfig.TlsListener(0, keystore, STORE_PASSWORD, null))
                .jdbcUrl(db.jdbcUrl())
                .jdbcUser(ContractDatabase.USER)
                .build());
  }

  @AfterAll
  static void stop() {
    if (broker != null) {
      broker.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void deviceOverTls_trustingTheBrokerCertificate_connectsAndPublishes() throws Exception {
    String site = MqttClients.randomId("site");
    String device = MqttClients.randomId("dev");
    String secret = db.addDevice(site, device);
    List<Socket> sockets = new CopyOnWriteArrayList<>();

    MqttClient client = connect(device, secret, recording(trusting(brokerCert), sockets));
    try {
      int[] codes =
          MqttClients.publish(
              client, Topics.telemetry(site, device), "{}".getBytes(StandardCharsets.UTF_8), 1);

      assertThat(codes).hasSize(1);
      assertThat(codes[0]).isLessThan(0x80);
      assertThat(sockets).hasSize(1);
      SSLSocket tls = (SSLSocket) sockets.get(0);
      assertThat(tls.getSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
      assertThat(tls.getSession().getPeerCertificates()[0]).isEqualTo(brokerCert);
      assertThat(tls.getTcpNoDelay()).isTrue();
    } finally {
      MqttClients.quietlyClose(client);
    }
  }

  @Test
  void deviceOverTls_wrongSecret_refusedByTheExtension() throws Exception {
    String site = MqttClients.randomId("site");
    String device = MqttClients.randomId("dev");
    db.addDevice(site, device);

    assertThatThrownBy(() -> connect(device, "not-the-secret", trusting(brokerCert)))
        .isInstanceOf(MqttException.class)
        .satisfies(e -> assertThat(((MqttException) e).getReasonCode()).isEqualTo(0x86));
  }

  @Test
  void client_notTrustingTheBrokerCertificate_failsTheHandshake() throws Exception {
    String site = MqttClients.randomId("site");
    String device = MqttClients.randomId("dev");
    String secret = db.addDevice(site, device);
    SSLSocketFactory jdkDefault = (SSLSocketFactory) SSLSocketFactory.getDefault();

    assertThatThrownBy(() -> connect(device, secret, new NoDelaySslSocketFactory(jdkDefault)))
        .isInstanceOf(MqttException.class)
        .satisfies(e -> assertThat(causes(e)).anyMatch(SSLHandshakeException.class::isInstance));
  }

  @Test
  void plainListener_stillServesTheInternalNetwork() {
    assertThat(broker.tlsPort()).isPositive().isNotEqualTo(broker.port());
    assertThat(broker.tlsServerUri()).isEqualTo("ssl://127.0.0.1:" + broker.tlsPort());
    assertThat(broker.serverUri()).isEqualTo("tcp://127.0.0.1:" + broker.port());
  }

  private static MqttClient connect(String device, String secret, SSLSocketFactory factory)
      throws MqttException {
    MqttClient client = new MqttClient(broker.tlsServerUri(), device, new MemoryPersistence());
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setSocketFactory(factory);
    options.setCleanStart(true);
    options.setAutomaticReconnect(false);
    options.setConnectionTimeout(10);
    options.setUserName(device);
    options.setPassword(secret.getBytes(StandardCharsets.UTF_8));
    try {
      client.connect(options);
    } catch (MqttException e) {
      client.close(true);
      throw e;
    }
    return client;
  }

  private static SSLSocketFactory trusting(Certificate cert) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("broker", cert);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return new NoDelaySslSocketFactory(ctx.getSocketFactory());
  }

  /** Wraps a factory and keeps every socket it makes, to read the negotiated session. */
  private static SSLSocketFactory recording(SSLSocketFactory delegate, List<Socket> sockets) {
    return new SSLSocketFactory() {
      @Override
      public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
      }

      @Override
      public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
      }

      @Override
      public Socket createSocket() throws IOException {
        return keep(delegate.createSocket());
      }

      @Override
      public Socket createSocket(Socket s, String host, int port, boolean autoClose)
          throws IOException {
        return keep(delegate.createSocket(s, host, port, autoClose));
      }

      @Override
      public Socket createSocket(String host, int port) throws IOException {
        return keep(delegate.createSocket(host, port));
      }

      @Override
      public Socket createSocket(String host, int port, InetAddress local, int localPort)
          throws IOException {
        return keep(delegate.createSocket(host, port, local, localPort));
      }

      @Override
      public Socket createSocket(InetAddress host, int port) throws IOException {
        return keep(delegate.createSocket(host, port));
      }

      @Override
      public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
          throws IOException {
        return keep(delegate.createSocket(host, port, local, localPort));
      }

      private Socket keep(Socket s) {
        sockets.add(s);
        return s;
      }
    };
  }

  private static List<Throwable> causes(Throwable e) {
    List<Throwable> out = new ArrayList<>();
    for (Throwable t = e; t != null && !out.contains(t); t = t.getCause()) {
      out.add(t);
    }
    return out;
  }

  private static void keytool(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
    assertThat(p.exitValue()).as("keytool: " + out).isZero();
  }
}
