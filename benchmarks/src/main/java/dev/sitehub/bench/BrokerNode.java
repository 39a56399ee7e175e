package dev.sitehub.bench;

import dev.sitehub.broker.embedded.EmbeddedBroker;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import java.nio.file.Path;

/**
 * The embedded HiveMQ broker with the SiteHub extension, on file persistence in a fixed folder and
 * port, so that a restart keeps every queued and in-flight QoS 1 message, as in production.
 */
public final class BrokerNode implements AutoCloseable {
  private final Path dir;
  private final Database db;
  private int port;
  private EmbeddedBroker broker;

  public BrokerNode(Path dir, Database db) {
    this.dir = dir;
    this.db = db;
  }

  public synchronized BrokerNode start() {
    broker =
        EmbeddedBroker.start(
            EmbeddedBrokerConfig.builder()
                .port(port)
                .dataDir(dir)
                .maxQueueSize(1_000_000)
                // CE's poll batch and in-flight window (0: CE's 50), for broker A/B runs.
                .pollBatchSize(Integer.getInteger("bench.brokerPollBatch", 0))
                .inflightWindow(Integer.getInteger("bench.brokerInflight", 0))
                .jdbcUrl(db.jdbcUrl())
                .jdbcUser(db.user())
                .jdbcPassword("")
                .build());
    port = broker.port();
    return this;
  }

  /** Stops the broker and starts a new one on the same folder and port. */
  public synchronized void restart() {
    stop();
    start();
  }

  public synchronized void stop() {
    if (broker != null) {
      broker.close();
      broker = null;
    }
  }

  public int port() {
    return port;
  }

  public String serverUri() {
    return "tcp://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    stop();
  }
}
