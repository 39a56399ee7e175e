package dev.sitehub.edge.sim;

import dev.sitehub.edge.config.AgentConfig;
import dev.sitehub.edge.config.ConfigSource;
import dev.sitehub.edge.provisioning.CredentialStore;
import dev.sitehub.edge.provisioning.DeviceCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The {@code --simulate} command line. One site: {@code --simulate [--config f] [--scenario
 * leak@30s] ...}, with broker and identity from the config (claim code or credentials file). Load
 * mode: {@code --simulate --load <credentials-dir> --rate <batches/s per device>}, one device per
 * credentials file in the folder.
 */
public final class SimulatorMain {
  private SimulatorMain() {}

  public static void run(String[] args) throws Exception {
    String file = value(args, "--config");
    AgentConfig base =
        AgentConfig.from(ConfigSource.load(file == null ? null : Path.of(file), System.getenv()));
    Path dataRoot = base.outbox().dir().getParent();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
    String loadDir = value(args, "--load");
    if (loadDir != null) {
      double rate = Double.parseDouble(orDefault(value(args, "--rate"), "1"));
      List<DeviceCredentials> devices = credentials(Path.of(loadDir));
      try (LoadSimulation load =
          LoadSimulation.start(
              base.broker().host(), base.broker().port(), devices, dataRoot, rate, 10)) {
        System.out.println(
            "load simulation: " + devices.size() + " devices at " + rate + "/s each");
        stop.await();
      }
      return;
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--scenario")) {
        scenarios.add(Scenario.parse(args[i + 1]));
      }
    }
    DeviceCredentials creds =
        new CredentialStore(base.identity().credentialsFile()).load().orElse(null);
    SimulationOptions o =
        new SimulationOptions(
            base.broker().host(),
            base.broker().port(),
            base.broker().tls(),
            base.identity().claimCode(),
            creds,
            dataRoot,
            Math.max(1, base.cameras().size()),
            Duration.ofSeconds(2),
            base.sensors().batchInterval(),
            base.heartbeatInterval(),
            scenarios,
            Map.of());
    try (SimulatedSite site = SimulatedSite.start(o)) {
      System.out.println("simulated site " + site.siteId() + "/" + site.deviceId() + " running");
      stop.await();
    }
  }

  private static List<DeviceCredentials> credentials(Path dir) throws IOException {
    List<DeviceCredentials> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        new CredentialStore(f).load().ifPresent(out::add);
      }
    }
    return out;
  }

  private static String value(String[] args, String name) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return null;
  }

  private static String orDefault(String v, String def) {
    return v == null ? def : v;
  }
}
