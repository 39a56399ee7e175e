package dev.sitehub.broker.embedded;

import com.codahale.metrics.MetricRegistry;
import com.hivemq.configuration.service.InternalConfigurations;
import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import dev.sitehub.broker.SiteHubExtensionMain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A HiveMQ CE broker running in this JVM with the SiteHub extension loaded, for tests and the local
 * stack. Start with {@link #start}, close to stop (about 4 s).
 */
public final class EmbeddedBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
  private static final long START_TIMEOUT_SECONDS = 60;
  // HiveMQ CE 2025.5's own values, restored when a config leaves them at 0.
  private static final int CE_POLL_BATCH_SIZE = 50;
  private static final int CE_INFLIGHT_WINDOW = 50;

  private final EmbeddedHiveMQ hivemq;
  private final int port;
  private final int tlsPort;
  private final Path tempDir;

  private EmbeddedBroker(EmbeddedHiveMQ hivemq, int port, int tlsPort, Path tempDir) {
    this.hivemq = hivemq;
    this.port = port;
    this.tlsPort = tlsPort;
    this.tempDir = tempDir;
  }

  /** Starts a broker and returns once it accepts connections with the extension active. */
  public static EmbeddedBroker start(EmbeddedBrokerConfig config) {
    int port = config.port() == 0 ? freePort() : config.port();
    EmbeddedBrokerConfig.TlsListener tls = config.tls();
    int tlsPort = tls == null ? 0 : tls.port() == 0 ? freePort() : tls.port();
    Path tempDir = config.dataDir() == null ? createTempDir() : null;
    Path base = config.dataDir() != null ? config.dataDir() : tempDir;
    Path confDir = base.resolve("conf");
    String xml =
        BrokerConfigXml.render(
            port,
            tls,
            tlsPort,
            config.inMemory(),
            config.maxQueueSize(),
            config.maxPacketBytes(),
            config.incomingBytesPerSecond());
    BrokerConfigXml.validate(xml);
    try {
      Files.createDirectories(confDir);
      Files.createDirectories(base.resolve("data"));
      Files.createDirectories(base.resolve("extensions"));
      Files.writeString(confDir.resolve("config.xml"), xml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare broker folders in " + base, e);
    }
    SiteHubExtensionMain main = new SiteHubExtensionMain(config.extension());
    EmbeddedHiveMQ hivemq =
        EmbeddedHiveMQ.builder()
            .withConfigurationFolder(confDir)
            .withDataFolder(base.resolve("data"))
            .withExtensionsFolder(base.resolve("extensions"))
            .withEmbeddedExtension(
                EmbeddedExtension.builder()
                    .withId("sitehub-extension")
                    .withName("SiteHub security extension")
                    .withVersion("embedded")
                    .withPriority(1000)
                    .withStartPriority(1000)
                    .withExtensionMain(main)
                    .build())
            .withoutLoggingBootstrap()
            .build();
    // build() switches the broker to ALLOW ALL; without this reset any client could connect.
    InternalConfigurations.AUTH_DENY_UNAUTHENTICATED_CONNECTIONS.set(true);
    // Statics read when the broker starts; set on every start so that one broker's setting never
    // leaks into the next broker of the same JVM.
    InternalConfigurations.PUBLISH_POLL_BATCH_SIZE =
        config.pollBatchSize() > 0 ? config.pollBatchSize() : CE_POLL_BATCH_SIZE;
    InternalConfigurations.MAX_INFLIGHT_WINDOW_SIZE_MESSAGES =
        config.inflightWindow() > 0 ? config.inflightWindow() : CE_INFLIGHT_WINDOW;
    EmbeddedBroker broker = new EmbeddedBroker(hivemq, port, tlsPort, tempDir);
    try {
      hivemq.start().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      main.started().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      broker.awaitListening();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      broker.close();
      throw new IllegalStateException("interrupted while starting the broker", e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      broker.close();
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new IllegalStateException("embedded broker failed to start: " + cause, cause);
    }
    LOG.info(
        "embedded broker listening on {}:{}{}",
        BrokerConfigXml.BIND_ADDRESS,
        port,
        tlsPort == 0 ? "" : " and TLS " + tlsPort);
    return broker;
  }

  public int port() {
    return port;
  }

  /** The TLS listener's port, or 0 without one. */
  public int tlsPort() {
    return tlsPort;
  }

  /** {@code ssl://127.0.0.1:<tlsPort>}; only with a TLS listener. */
  public String tlsServerUri() {
    if (tlsPort == 0) {
      throw new IllegalStateException("this broker has no TLS listener");
    }
    return "ssl://" + BrokerConfigXml.BIND_ADDRESS + ":" + tlsPort;
  }

  /** {@code tcp://127.0.0.1:<port>}, ready for an MQTT client. */
  public String serverUri() {
    return "tcp://" + BrokerConfigXml.BIND_ADDRESS + ":" + port;
  }

  /** The broker's metrics, including the extension's {@code dev.sitehub.auth.failed.*}. */
  public MetricRegistry metrics() {
    return hivemq.getMetricRegistry();
  }

  @Override
  public void close() {
    try {
      hivemq.close();
    } catch (ExecutionException e) {
      LOG.warn("embedded broker stop failed: {}", e.getCause().toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      deleteTempDir();
    }
  }

  private void awaitListening() {
    // HiveMQ falls back to defaults on some errors; make sure our listener really is up.
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(BrokerConfigXml.BIND_ADDRESS, port), 2_000);
    } catch (IOException e) {
      throw new IllegalStateException("broker is not listening on port " + port, e);
    }
    if (tlsPort != 0) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(BrokerConfigXml.BIND_ADDRESS, tlsPort), 2_000);
      } catch (IOException e) {
        throw new IllegalStateException("broker is not listening for TLS on port " + tlsPort, e);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  private static Path createTempDir() {
    try {
      return Files.createTempDirectory("sitehub-broker-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary broker folder", e);
    }
  }

  private void deleteTempDir() {
    if (tempDir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(tempDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warn("cannot delete {}: {}", tempDir, e.toString());
    }
  }
}
