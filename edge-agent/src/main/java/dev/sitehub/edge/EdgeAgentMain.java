package dev.sitehub.edge;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import dev.sitehub.edge.config.AgentConfig;
import dev.sitehub.edge.config.ConfigException;
import dev.sitehub.edge.config.ConfigSource;
import dev.sitehub.edge.config.SensorSettings;
import dev.sitehub.edge.provisioning.CredentialStore;
import dev.sitehub.edge.provisioning.DeviceCredentials;
import dev.sitehub.edge.provisioning.Provisioner;
import dev.sitehub.edge.provisioning.ProvisioningException;
import dev.sitehub.protocol.MessageCodec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Launcher only: reads the configuration, provisions if needed, builds the hardware and starts the
 * agent; {@code --simulate} hands over to the simulator. Exit codes: 0 stopped, 2 bad
 * configuration, 3 restart requested, 4 provisioning failed.
 */
public final class EdgeAgentMain {
  private EdgeAgentMain() {}

  public static void main(String[] args) throws Exception {
    if (Arrays.asList(args).contains("--simulate")) {
      try {
        dev.sitehub.edge.sim.SimulatorMain.run(args);
      } catch (NoClassDefFoundError e) {
        System.err.println("--simulate needs sim-lib/ (the Pi4J mock plugin) on the class path");
        System.exit(2);
      } catch (ConfigException | IllegalArgumentException e) {
        System.err.println("configuration error: " + e.getMessage());
        System.exit(2);
      } catch (ProvisioningException e) {
        System.err.println("provisioning failed: " + e.getMessage());
        System.exit(4);
      }
      return;
    }
    Path file = Path.of(option(args, "--config", "/etc/sitehub/agent.properties"));
    AgentConfig config;
    DeviceCredentials creds;
    try {
      config = AgentConfig.from(ConfigSource.load(file, System.getenv()));
      creds =
          new Provisioner(
                  config.broker(),
                  MessageCodec.withDefaults(),
                  new CredentialStore(config.identity().credentialsFile()),
                  config.identity().provisionTimeout())
              .ensure(
                  config.identity().claimCode(), config.identity().hardwareId(), EdgeAgent.VERSION);
    } catch (ConfigException e) {
      System.err.println("configuration error: " + e.getMessage());
      System.exit(2);
      return;
    } catch (ProvisioningException e) {
      System.err.println("provisioning failed: " + e.getMessage());
      System.exit(4);
      return;
    }
    Context pi4j = hasSensors(config.sensors()) ? Pi4J.newAutoContext() : null;
    CountDownLatch stop = new CountDownLatch(1);
    int[] exitCode = {0};
    EdgeAgent agent =
        EdgeAgent.start(
            config,
            creds,
            AgentHardware.of(pi4j),
            Clock.systemUTC(),
            () -> {
              exitCode[0] = 3;
              // Give the command result a moment to leave before the uplink closes.
              java.util.concurrent.CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS)
                  .execute(stop::countDown);
            });
    SystemdNotifier systemd = new SystemdNotifier(System.getenv());
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    systemd.ready();
    systemd
        .watchdogInterval()
        .ifPresent(
            d ->
                watchdog.scheduleAtFixedRate(
                    () -> {
                      // Only a responsive outbox earns a watchdog ping: a deadlock gets restarted.
                      agent.outbox().depth();
                      systemd.watchdog();
                    },
                    0,
                    d.toMillis(),
                    TimeUnit.MILLISECONDS));
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
    stop.await();
    watchdog.shutdownNow();
    agent.close();
    if (pi4j != null) {
      pi4j.shutdown();
    }
    if (exitCode[0] != 0) {
      // Restart command: exit non-zero so that systemd (Restart=on-failure) starts us again.
      Runtime.getRuntime().halt(exitCode[0]);
    }
  }

  static boolean hasSensors(SensorSettings s) {
    return s.leakPin() >= 0
        || s.smokePin() >= 0
        || s.doorPin() >= 0
        || s.pirPin() >= 0
        || s.bme280Address() >= 0
        || s.ads1115Address() >= 0;
  }

  static String option(String[] args, String name, String def) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return def;
  }
}
