package dev.sitehub.edge.it;

import dev.sitehub.edge.EdgeAgent;
import dev.sitehub.edge.provisioning.DeviceCredentials;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * A real agent process for the kill -9 test: publishes telemetry at a fixed rate until the device
 * sequence reaches a limit, then idles until it is killed. Args: port site device secret dataDir
 * limit ratePerSecond.
 */
public final class AgentProcess {
  private AgentProcess() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    DeviceCredentials creds = new DeviceCredentials(args[1], args[2], args[3]);
    Path dataDir = Path.of(args[4]);
    long limit = Long.parseLong(args[5]);
    long periodNanos = 1_000_000_000L / Long.parseLong(args[6]);
    EdgeAgent agent =
        TestAgents.start(
            TestAgents.config(port, dataDir, Map.of("outbox.fsync", "interval")), creds);
    long next = System.nanoTime();
    while (agent.outbox().nextSeq() < limit) {
      TestAgents.telemetry(agent, 20.0);
      next += periodNanos;
      LockSupport.parkNanos(next - System.nanoTime());
    }
    System.out.println("GENERATED " + agent.outbox().nextSeq());
    while (true) {
      LockSupport.parkNanos(1_000_000_000L);
    }
  }
}
