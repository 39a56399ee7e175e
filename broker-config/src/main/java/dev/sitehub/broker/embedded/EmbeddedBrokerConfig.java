package dev.sitehub.broker.embedded;

import dev.sitehub.broker.config.ExtensionSettings;
import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.ProtocolLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of an {@link EmbeddedBroker}: listener port, folders, persistence, and the extension's
 * settings. Build with {@link #builder()}.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param dataDir folder for config, data and extensions; null uses a fresh temporary folder that is
 *     deleted on close
 * @param inMemory in-memory persistence (fast, for tests) instead of file persistence
 * @param maxQueueSize per-client queue limit; HiveMQ's default 1,000 silently drops messages
 * @param pollBatchSize messages HiveMQ CE reads from a queue for one client per poll, and so the
 *     most a consumer has in flight; 0 keeps CE's default (50). CE polls again only once the last
 *     of a batch is acknowledged, so a consumer that acks after a database commit receives at most
 *     one batch per commit. A JVM-wide static in CE, set before start: embedded brokers only
 * @param inflightWindow CE's in-flight window per client in messages; 0 keeps CE's default (50)
 * @param incomingBytesPerSecond the most bytes per second the broker reads from one client (CE's
 *     {@code incoming-bandwidth-throttling}, TCP backpressure, nothing dropped), so that one busy
 *     box cannot starve the others; 0 is unlimited (benchmarks, whose load clients are single)
 * @param tls an additional TLS listener on 127.0.0.1 (what edge boxes use in production), or null
 * @param extension the SiteHub extension's settings
 */
public record EmbeddedBrokerConfig(
    int port,
    Path dataDir,
    boolean inMemory,
    long maxQueueSize,
    int pollBatchSize,
    int inflightWindow,
    long incomingBytesPerSecond,
    TlsListener tls,
    ExtensionSettings extension) {

  /**
   * What production reads from one client per second (conf/config.xml): 2 MiB/s is four times a
   * box's live 720p stream at 5 fps (about 570 KB/s) and lets a 64 MiB outbox replay in about 30 s.
   */
  public static final long DEVICE_INCOMING_BYTES_PER_SECOND = 2L * 1024 * 1024;

  public EmbeddedBrokerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535");
    }
    if (maxQueueSize < 1) {
      throw new IllegalArgumentException("max queue size must be >= 1");
    }
    if (incomingBytesPerSecond < 0) {
      throw new IllegalArgumentException("incoming bytes per second must be >= 0");
    }
    if (pollBatchSize < 0 || inflightWindow < 0) {
      throw new IllegalArgumentException("poll batch and in-flight window must be >= 0");
    }
    Objects.requireNonNull(extension, "extension");
  }

  /**
   * A TLS listener: a PKCS#12 keystore holding the broker's key and certificate chain.
   *
   * @param port TLS port on 127.0.0.1; 0 picks a free one
   */
  public record TlsListener(int port, Path keystore, String keystorePassword, String keyPassword) {
    public TlsListener {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("TLS port must be 0..65535");
      }
      Objects.requireNonNull(keystore, "keystore");
      Objects.requireNonNull(keystorePassword, "keystorePassword");
      keyPassword = keyPassword == null ? keystorePassword : keyPassword;
    }
  }

  /** Largest MQTT packet the listener accepts: a maximum frame plus room for its properties. */
  public int maxPacketBytes() {
    return Math.max(extension.maxFrameBytes(), extension.maxJsonBytes()) + 64 * 1024;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Fluent builder; only the JDBC URL is required. */
  public static final class Builder {
    private int port;
    private Path dataDir;
    private boolean inMemory = true;
    private long maxQueueSize = 100_000;
    private int pollBatchSize;
    private int inflightWindow;
    private long incomingBytesPerSecond;
    private TlsListener tls;
    private String jdbcUrl;
    private String jdbcUser = "postgres";
    private String jdbcPassword = "";
    private int poolSize = 4;
    private Duration cacheTtl = Duration.ofSeconds(10);
    private Duration revocationCheckInterval = Duration.ofSeconds(60);
    private String cloudUsername = MqttUsers.CLOUD;
    private int maxFrameBytes = ProtocolLimits.DEFAULT_MAX_FRAME_BYTES;
    private int maxJsonBytes = ProtocolLimits.defaults().maxJsonBytes();

    private Builder() {}

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Sets the folder and switches to file persistence, which survives a restart. */
    public Builder dataDir(Path dataDir) {
      this.dataDir = dataDir;
      this.inMemory = false;
      return this;
    }

    public Builder inMemoryPersistence(boolean inMemory) {
      this.inMemory = inMemory;
      return this;
    }

    public Builder maxQueueSize(long maxQueueSize) {
      this.maxQueueSize = maxQueueSize;
      return this;
    }

    /** See {@link EmbeddedBrokerConfig#pollBatchSize()}; 0 keeps CE's default. */
    public Builder pollBatchSize(int pollBatchSize) {
      this.pollBatchSize = pollBatchSize;
      return this;
    }

    /** See {@link EmbeddedBrokerConfig#inflightWindow()}; 0 keeps CE's default. */
    public Builder inflightWindow(int inflightWindow) {
      this.inflightWindow = inflightWindow;
      return this;
    }

    /** See {@link EmbeddedBrokerConfig#incomingBytesPerSecond()}; 0 is unlimited. */
    public Builder incomingBytesPerSecond(long bytesPerSecond) {
      this.incomingBytesPerSecond = bytesPerSecond;
      return this;
    }

    /** Adds a TLS listener beside the plain one. */
    public Builder tls(TlsListener tls) {
      this.tls = tls;
      return this;
    }

    public Builder jdbcUrl(String jdbcUrl) {
      this.jdbcUrl = jdbcUrl;
      return this;
    }

    public Builder jdbcUser(String jdbcUser) {
      this.jdbcUser = jdbcUser;
      return this;
    }

    public Builder jdbcPassword(String jdbcPassword) {
      this.jdbcPassword = jdbcPassword;
      return this;
    }

    public Builder poolSize(int poolSize) {
      this.poolSize = poolSize;
      return this;
    }

    public Builder cacheTtl(Duration cacheTtl) {
      this.cacheTtl = cacheTtl;
      return this;
    }

    public Builder revocationCheckInterval(Duration interval) {
      this.revocationCheckInterval = interval;
      return this;
    }

    public Builder cloudUsername(String cloudUsername) {
      this.cloudUsername = cloudUsername;
      return this;
    }

    public Builder maxFrameBytes(int maxFrameBytes) {
      this.maxFrameBytes = maxFrameBytes;
      return this;
    }

    public Builder maxJsonBytes(int maxJsonBytes) {
      this.maxJsonBytes = maxJsonBytes;
      return this;
    }

    public EmbeddedBrokerConfig build() {
      if (jdbcUrl == null) {
        throw new IllegalArgumentException("jdbcUrl is required");
      }
      return new EmbeddedBrokerConfig(
          port,
          dataDir,
          inMemory,
          maxQueueSize,
          pollBatchSize,
          inflightWindow,
          incomingBytesPerSecond,
          tls,
          new ExtensionSettings(
              jdbcUrl,
              jdbcUser,
              jdbcPassword,
              poolSize,
              cacheTtl,
              revocationCheckInterval,
              cloudUsername,
              maxFrameBytes,
              maxJsonBytes));
    }
  }
}
