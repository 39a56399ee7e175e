package dev.sitehub.local;

import dev.sitehub.broker.embedded.EmbeddedBroker;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import dev.sitehub.edge.provisioning.CredentialStore;
import dev.sitehub.edge.sim.SimulatedSite;
import dev.sitehub.edge.sim.SimulationOptions;
import dev.sitehub.protocol.DeviceSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything SiteHub needs on one machine, started in dependency order and stopped in reverse:
 * database, broker with the SiteHub extension, the packaged cloud, and one simulated site.
 */
final class LocalStack implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);
  static final String DEMO_SITE = "demo-site";
  static final String DEMO_PASSWORD = "sitehub-demo";

  private final LocalStackSettings settings;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private int mqttPort;
  private CloudProcess cloud;

  LocalStack(LocalStackSettings settings) {
    this.settings = settings;
  }

  void start() throws Exception {
    Files.createDirectories(settings.dataDir());
    LocalDatabase db =
        push(
            LocalDatabase.start(
                settings.dataDir(),
                settings.externalJdbcUrl(),
                settings.dbUser(),
                settings.dbPassword()));

    mqttPort = Ports.preferredOrFree(settings.mqttPort());
    if (mqttPort != settings.mqttPort()) {
      LOG.warn("Port {} is taken; the broker listens on {} instead", settings.mqttPort(), mqttPort);
    }
    // The cloud creates the credential tables through Flyway; the broker only reads them, and its
    // store copes with their absence until then.
    push(
        EmbeddedBroker.start(
            EmbeddedBrokerConfig.builder()
                .port(mqttPort)
                .dataDir(settings.dataDir().resolve("broker"))
                .jdbcUrl(db.jdbcUrl())
                .jdbcUser(db.user())
                .jdbcPassword(db.password())
                // As production's config.xml: one box cannot starve the others.
                .incomingBytesPerSecond(EmbeddedBrokerConfig.DEVICE_INCOMING_BYTES_PER_SECOND)
                .build()));

    int httpPort = Ports.preferredOrFree(settings.httpPort());
    int managementPort = Ports.preferredOrFree(settings.managementPort());
    cloud = push(CloudProcess.start(settings.cloudJar(), httpPort, managementPort, cloudEnv(db)));
    cloud.awaitReady(Duration.ofMinutes(2));

    if (settings.simulate()) {
      push(startSimulatedSite());
    }
  }

  private Map<String, String> cloudEnv(LocalDatabase db) {
    Map<String, String> env = new HashMap<>();
    env.put("SITEHUB_DB_JDBC_URL", db.jdbcUrl());
    env.put("SITEHUB_DB_REACTIVE_URL", db.reactiveUrl());
    env.put("SITEHUB_DB_USER", db.user());
    env.put("SITEHUB_DB_PASSWORD", db.password());
    env.put("SITEHUB_MQTT_HOST", "127.0.0.1");
    env.put("SITEHUB_MQTT_PORT", Integer.toString(mqttPort));
    // A fresh service password each run: the cloud upserts its hash at startup.
    env.put("SITEHUB_MQTT_PASSWORD", DeviceSecrets.newSecret());
    env.put("SITEHUB_DEMO_SEED", "true");
    env.put("SITEHUB_DEMO_PASSWORD", DEMO_PASSWORD);
    env.put("SITEHUB_DEMO_SITE_ID", DEMO_SITE);
    env.put("SITEHUB_AUTH_KEY_DIR", settings.dataDir().resolve("keys").toString());
    // The packaged cloud runs as production, which never generates an evidence key; the local
    // stack keeps a generated one next to the JWT pair.
    env.put("SITEHUB_EVIDENCE_GENERATE_KEY", "true");
    env.put("SITEHUB_MEDIA_ROOT", settings.dataDir().resolve("media").toString());
    env.put("SITEHUB_ATTACHMENTS_DIR", settings.dataDir().resolve("attachments").toString());
    return env;
  }

  private SimulatedSite startSimulatedSite() throws Exception {
    Path edgeDir = settings.dataDir().resolve("edge");
    Files.createDirectories(edgeDir);
    var stored = new CredentialStore(edgeDir.resolve("credentials")).load();
    SimulationOptions options;
    if (stored.isPresent()) {
      LOG.info("Simulated site reuses device {}", stored.get().deviceId());
      options = SimulationOptions.withCredentials("127.0.0.1", mqttPort, stored.get(), edgeDir);
    } else {
      String claim =
          new DemoClaims(cloud.baseUri()).newClaimCode("installer", DEMO_PASSWORD, DEMO_SITE);
      LOG.info("Simulated site provisions itself with a new claim code");
      options = SimulationOptions.withClaimCode("127.0.0.1", mqttPort, claim, edgeDir);
    }
    return SimulatedSite.start(options);
  }

  int mqttPort() {
    return mqttPort;
  }

  CloudProcess cloud() {
    return cloud;
  }

  private <T extends AutoCloseable> T push(T resource) {
    started.push(resource);
    return resource;
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      AutoCloseable c = started.pop();
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("Stopping {} failed: {}", c.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
