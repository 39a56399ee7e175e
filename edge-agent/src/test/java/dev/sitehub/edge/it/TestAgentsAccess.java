package dev.sitehub.edge.it;

import dev.sitehub.edge.EdgeAgent;
import dev.sitehub.edge.config.AgentConfig;
import dev.sitehub.edge.provisioning.DeviceCredentials;
import java.nio.file.Path;
import java.util.Map;

/** Public entry to the package-private {@link TestAgents}, for the benchmarks. */
public final class TestAgentsAccess {
  private TestAgentsAccess() {}

  public static AgentConfig config(int port, Path dataDir, Map<String, String> extra) {
    return TestAgents.config(port, dataDir, extra);
  }

  public static EdgeAgent start(AgentConfig config, DeviceCredentials creds) {
    return TestAgents.start(config, creds);
  }

  public static long telemetry(EdgeAgent agent, double value) {
    return TestAgents.telemetry(agent, value);
  }
}
