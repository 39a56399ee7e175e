package dev.sitehub.bench;

import dev.sitehub.broker.embedded.LocalCredentialStore;
import dev.sitehub.protocol.DeviceSecrets;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The system under test on one machine: a fresh database, the embedded broker on file persistence,
 * one or more packaged cloud processes sharing the ingestion subscription, and simulated devices
 * with real credentials in the broker's credential table. Closed in reverse order.
 */
public final class Stack implements AutoCloseable {
  public static final String DEMO_SITE = "demo-site";
  public static final String DEMO_PASSWORD = "sitehub-demo";

  /** The cloud's MQTT username (the cloud's default); its password is per stack. */
  public static final String CLOUD_USERNAME = "sitehub-cloud";

  private final Path workDir;
  private final Database db;
  private final BrokerNode broker;
  private final List<CloudNode> clouds = new ArrayList<>();
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();
  private final LocalCredentialStore credentials;
  private final String cloudPassword = DeviceSecrets.newSecret();
  private final List<Duration> coldStarts = new ArrayList<>();

  private Stack(Path workDir, Database db) {
    this.workDir = workDir;
    this.db = db;
    this.broker = new BrokerNode(workDir.resolve("broker"), db);
    this.credentials =
        new LocalCredentialStore(db.jdbcUrl(), db.user(), "", DeviceSecrets.MIN_ITERATIONS);
  }

  /** Starts broker and {@code cloudNodes} cloud processes on a fresh database {@code dbName}. */
  public static Stack start(
      Path workDir, PgServer pg, String dbName, int cloudNodes, String cloudHeap)
      throws IOException, SQLException, InterruptedException {
    return start(workDir, pg, dbName, cloudNodes, cloudHeap, Map.of());
  }

  /** As above, with extra environment for every cloud node (e.g. SITEHUB_MQTT_RECEIVE_MAXIMUM). */
  public static Stack start(
      Path workDir,
      PgServer pg,
      String dbName,
      int cloudNodes,
      String cloudHeap,
      Map<String, String> cloudEnv)
      throws IOException, SQLException, InterruptedException {
    return start(workDir, pg, dbName, cloudNodes, cloudHeap, cloudEnv, CloudNode.defaultJar());
  }

  /** As above, running the packaged cloud at {@code jar} (an A/B run's "before" build). */
  public static Stack start(
      Path workDir,
      PgServer pg,
      String dbName,
      int cloudNodes,
      String cloudHeap,
      Map<String, String> cloudEnv,
      Path jar)
      throws IOException, SQLException, InterruptedException {
    Stack s = new Stack(workDir, pg.freshDatabase(dbName));
    try {
      s.broker.start();
      for (int i = 0; i < cloudNodes; i++) {
        CloudNode n =
            new CloudNode(
                jar,
                workDir.resolve("cloud-" + i),
                s.db,
                s.broker.port(),
                dev.sitehub.protocol.MqttUsers.CLOUD + "-bench-" + i,
                s.cloudPassword,
                cloudHeap,
                cloudEnv);
        s.coldStarts.add(n.start(Duration.ofMinutes(3)));
        s.clouds.add(n);
      }
    } catch (IOException | RuntimeException | InterruptedException e) {
      s.close();
      throw e;
    }
    return s;
  }

  public Database db() {
    return db;
  }

  /** The cloud service's MQTT password, for same-run baselines that subscribe as the cloud. */
  public String cloudPassword() {
    return cloudPassword;
  }

  public BrokerNode broker() {
    return broker;
  }

  public CloudNode cloud() {
    return clouds.get(0);
  }

  public List<CloudNode> clouds() {
    return List.copyOf(clouds);
  }

  /** Time from exec to ready of each cloud's first start. */
  public List<Duration> coldStarts() {
    return List.copyOf(coldStarts);
  }

  /**
   * Registers {@code n} devices of {@code siteId} (ids {@code prefix-0..}) and connects them to
   * {@code port} (the broker, or a proxy in front of it).
   */
  public List<SimDevice> devices(
      String siteId, String prefix, int n, int port, long outboxBytes, boolean trackTimes) {
    List<SimDevice> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = prefix + "-" + i;
      String secret = credentials.registerDevice(siteId, id);
      SimDevice d =
          SimDevice.open(
              siteId,
              id,
              secret,
              workDir.resolve("edge").resolve(id),
              port,
              outboxBytes,
              trackTimes);
      opened.push(d);
      out.add(d.connect());
    }
    return out;
  }

  /** Registers a device and returns its MQTT password, for clients other than the agent's. */
  public String registerDevice(String siteId, String deviceId) {
    return credentials.registerDevice(siteId, deviceId);
  }

  @Override
  public void close() {
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception ignored) {
        // best effort: keep closing the rest
      }
    }
    for (CloudNode c : clouds) {
      try {
        c.stop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    broker.close();
  }
}
