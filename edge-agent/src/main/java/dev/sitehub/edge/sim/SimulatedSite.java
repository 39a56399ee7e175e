package dev.sitehub.edge.sim;

import dev.sitehub.edge.AgentHardware;
import dev.sitehub.edge.EdgeAgent;
import dev.sitehub.edge.camera.SyntheticScene;
import dev.sitehub.edge.config.AgentConfig;
import dev.sitehub.edge.config.ConfigSource;
import dev.sitehub.edge.provisioning.CredentialStore;
import dev.sitehub.edge.provisioning.DeviceCredentials;
import dev.sitehub.edge.provisioning.Provisioner;
import dev.sitehub.protocol.MessageCodec;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One simulated site in this JVM: the real {@link EdgeAgent} on a Pi4J mock platform with synthetic
 * cameras, provisioned through the real claim flow or started with given credentials. The cloud's
 * tests and the local stack call {@link #start}, drive it with the methods below or with {@link
 * Scenario}s, and {@link #close} it.
 */
public final class SimulatedSite implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(SimulatedSite.class.getName());

  private final SimulationOptions options;
  private final SimulatedHardware hardware;
  private final AgentConfig config;
  private final DeviceCredentials credentials;
  private final ScheduledExecutorService driver;
  private volatile EdgeAgent agent;

  private SimulatedSite(SimulationOptions options) {
    this.options = options;
    this.config = AgentConfig.from(new ConfigSource(configMap(options)));
    this.hardware =
        new SimulatedHardware(config.sensors().soundDbOffset(), config.sensors().soundDbPerVolt());
    this.credentials = identity(options, config);
    this.driver =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sitehub-sim-" + credentials.deviceId());
              t.setDaemon(true);
              return t;
            });
  }

  /** Provisions if needed, starts the agent, and schedules sampling and the scenarios. */
  public static SimulatedSite start(SimulationOptions options) {
    SimulatedSite s = new SimulatedSite(options);
    s.agent = s.newAgent();
    long sample = options.sampleInterval().toMillis();
    s.driver.scheduleAtFixedRate(s::sample, sample, sample, TimeUnit.MILLISECONDS);
    for (Scenario sc : options.scenarios()) {
      s.driver.schedule(() -> s.run(sc), sc.at().toMillis(), TimeUnit.MILLISECONDS);
    }
    return s;
  }

  static Map<String, String> configMap(SimulationOptions o) {
    Map<String, String> m = new HashMap<>();
    m.put("broker.host", o.brokerHost());
    m.put("broker.port", Integer.toString(o.brokerPort()));
    m.put("broker.tls", Boolean.toString(o.tls()));
    m.put("broker.reconnect-min-ms", "200");
    m.put("broker.reconnect-max-ms", "2000");
    m.put("data.dir", o.dataDir().toString());
    m.put("heartbeat.seconds", Long.toString(Math.max(1, o.heartbeatInterval().toSeconds())));
    m.put("sensors.batch-seconds", Long.toString(Math.max(1, o.batchInterval().toSeconds())));
    m.put("sensors.leak-pin", Integer.toString(SimulatedHardware.LEAK_PIN));
    m.put("sensors.smoke-pin", Integer.toString(SimulatedHardware.SMOKE_PIN));
    m.put("sensors.door-pin", Integer.toString(SimulatedHardware.DOOR_PIN));
    m.put("sensors.pir-pin", Integer.toString(SimulatedHardware.PIR_PIN));
    m.put("sensors.debounce-ms", "50");
    m.put("sensors.bme280-address", Integer.toString(SimulatedHardware.BME280_ADDRESS));
    m.put("sensors.ads1115-address", Integer.toString(SimulatedHardware.ADS1115_ADDRESS));
    StringBuilder cams = new StringBuilder();
    for (int i = 1; i <= o.cameras(); i++) {
      cams.append(i > 1 ? "," : "").append("cam").append(i);
      m.put("camera.cam" + i + ".source", "synthetic");
    }
    m.put("cameras", cams.toString());
    if (o.claimCode() != null) {
      m.put("claim.code", o.claimCode());
    }
    m.putAll(o.extraConfig());
    return m;
  }

  private static DeviceCredentials identity(SimulationOptions o, AgentConfig config) {
    CredentialStore store = new CredentialStore(config.identity().credentialsFile());
    if (o.credentials() != null) {
      return o.credentials();
    }
    return new Provisioner(
            config.broker(),
            MessageCodec.withDefaults(),
            store,
            config.identity().provisionTimeout())
        .ensure(o.claimCode(), "sim-" + o.dataDir().getFileName(), EdgeAgent.VERSION);
  }

  private EdgeAgent newAgent() {
    AgentHardware hw =
        new AgentHardware(
            hardware.pi4j(),
            hardware.frameSources(),
            device -> {
              throw new java.io.IOException("no PMS5003 in the simulator");
            },
            false);
    return EdgeAgent.start(config, credentials, hw, Clock.systemUTC(), this::restart);
  }

  private void restart() {
    driver.schedule(
        () -> {
          LOG.log(Level.INFO, "simulated restart device=" + credentials.deviceId());
          agent.close();
          agent = newAgent();
        },
        500,
        TimeUnit.MILLISECONDS);
  }

  private void sample() {
    try {
      hardware.loadSample();
      agent.sensors().sampleNow();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "simulated sample failed device=" + credentials.deviceId() + ": " + e);
    }
  }

  private void run(Scenario s) {
    LOG.log(Level.INFO, "scenario device=" + credentials.deviceId() + " " + s);
    if (s instanceof Scenario.Leak) {
      leak(true);
    } else if (s instanceof Scenario.Noise n) {
      noise(n.dba());
      driver.schedule(() -> noise(38), n.lasting().toMillis(), TimeUnit.MILLISECONDS);
    } else if (s instanceof Scenario.MotionAtNight m) {
      motion(true);
      driver.schedule(() -> motion(false), m.lasting().toMillis(), TimeUnit.MILLISECONDS);
    } else if (s instanceof Scenario.CameraCovered c) {
      hardware.scenes().values().forEach(sc -> sc.covered(true));
      driver.schedule(
          () -> hardware.scenes().values().forEach(sc -> sc.covered(false)),
          c.lasting().toMillis(),
          TimeUnit.MILLISECONDS);
    } else if (s instanceof Scenario.NetworkCut n) {
      cutNetwork(n.lasting());
    }
  }

  public EdgeAgent agent() {
    return agent;
  }

  public DeviceCredentials credentials() {
    return credentials;
  }

  public String siteId() {
    return credentials.siteId();
  }

  public String deviceId() {
    return credentials.deviceId();
  }

  /** The scene of a synthetic camera (cam1, cam2, ...), to move objects or cover the lens. */
  public SyntheticScene scene(String cameraId) {
    return hardware.scene(cameraId);
  }

  public void leak(boolean wet) {
    hardware.pin("leak", wet);
  }

  public void smoke(boolean present) {
    hardware.pin("smoke", present);
  }

  public void door(boolean open) {
    hardware.pin("door", open);
  }

  /** PIR and camera motion together, as a person walking through would cause. */
  public void motion(boolean moving) {
    hardware.pin("pir", moving);
    hardware.scenes().values().forEach(sc -> sc.objectMoving(moving));
  }

  /** Sets the sound level the ADS1115 will report from the next sample on. */
  public void noise(double dba) {
    hardware.noise(dba);
  }

  public void cutNetwork(Duration lasting) {
    agent.uplink().suspend(lasting);
  }

  /** Stops the agent (a clean disconnect, so the broker publishes the OFFLINE Will). */
  @Override
  public void close() {
    driver.shutdownNow();
    try {
      driver.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    agent.close();
    hardware.close();
  }
}
