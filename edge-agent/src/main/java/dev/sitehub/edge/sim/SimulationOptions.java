package dev.sitehub.edge.sim;

import dev.sitehub.edge.provisioning.DeviceCredentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to run one simulated site: where the broker is, how the device gets its identity (a claim
 * code for the real provisioning flow, or existing credentials), and what happens there.
 *
 * @param brokerHost broker host name
 * @param brokerPort broker port
 * @param tls whether to use TLS
 * @param claimCode a claim code to provision with; ignored when {@code credentials} is set or the
 *     data directory already holds credentials
 * @param credentials existing device credentials, or null
 * @param dataDir where the outbox, credentials and overrides live (one per device)
 * @param cameras number of synthetic cameras (cam1, cam2, ...)
 * @param sampleInterval sensor sampling interval
 * @param batchInterval telemetry batch interval
 * @param heartbeatInterval heartbeat interval
 * @param scenarios what happens, relative to the start
 * @param extraConfig any further agent config keys (see the README), applied last
 */
public record SimulationOptions(
    String brokerHost,
    int brokerPort,
    boolean tls,
    String claimCode,
    DeviceCredentials credentials,
    Path dataDir,
    int cameras,
    Duration sampleInterval,
    Duration batchInterval,
    Duration heartbeatInterval,
    List<Scenario> scenarios,
    Map<String, String> extraConfig) {

  public SimulationOptions {
    scenarios = List.copyOf(scenarios);
    extraConfig = Map.copyOf(extraConfig);
  }

  /** A site with existing credentials, one camera, 1 s sampling and 5 s batches. */
  public static SimulationOptions withCredentials(
      String host, int port, DeviceCredentials credentials, Path dataDir) {
    return new SimulationOptions(
        host,
        port,
        false,
        null,
        credentials,
        dataDir,
        1,
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        List.of(),
        Map.of());
  }

  /** A site that provisions itself through the real claim flow first. */
  public static SimulationOptions withClaimCode(String host, int port, String claim, Path dataDir) {
    return new SimulationOptions(
        host,
        port,
        false,
        claim,
        null,
        dataDir,
        1,
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        List.of(),
        Map.of());
  }

  public SimulationOptions withScenarios(List<Scenario> s) {
    return new SimulationOptions(
        brokerHost,
        brokerPort,
        tls,
        claimCode,
        credentials,
        dataDir,
        cameras,
        sampleInterval,
        batchInterval,
        heartbeatInterval,
        s,
        extraConfig);
  }

  public SimulationOptions withCameras(int n) {
    return new SimulationOptions(
        brokerHost,
        brokerPort,
        tls,
        claimCode,
        credentials,
        dataDir,
        n,
        sampleInterval,
        batchInterval,
        heartbeatInterval,
        scenarios,
        extraConfig);
  }

  public SimulationOptions withExtraConfig(Map<String, String> extra) {
    return new SimulationOptions(
        brokerHost,
        brokerPort,
        tls,
        claimCode,
        credentials,
        dataDir,
        cameras,
        sampleInterval,
        batchInterval,
        heartbeatInterval,
        scenarios,
        extra);
  }

  public SimulationOptions withIntervals(Duration sample, Duration batch, Duration heartbeat) {
    return new SimulationOptions(
        brokerHost,
        brokerPort,
        tls,
        claimCode,
        credentials,
        dataDir,
        cameras,
        sample,
        batch,
        heartbeat,
        scenarios,
        extraConfig);
  }
}
