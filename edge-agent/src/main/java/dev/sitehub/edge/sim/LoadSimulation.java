package dev.sitehub.edge.sim;

import dev.sitehub.edge.provisioning.DeviceCredentials;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N simulated devices in one JVM, each a full {@link SimulatedSite} (its own outbox, uplink and
 * mock hardware, no cameras) plus a generator adding telemetry batches at a fixed rate. For load
 * tests, benchmarks and the local stack.
 */
public final class LoadSimulation implements AutoCloseable {
  private final List<SimulatedSite> sites = new ArrayList<>();
  private final ScheduledExecutorService generator;
  private final AtomicLong generated = new AtomicLong();

  private LoadSimulation(int threads) {
    this.generator =
        Executors.newScheduledThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "sitehub-load");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts one site per credential, data under {@code dataRoot/<deviceId>}, each adding {@code
   * batchesPerSecond} telemetry batches of {@code readingsPerBatch} readings.
   */
  public static LoadSimulation start(
      String host,
      int port,
      List<DeviceCredentials> devices,
      Path dataRoot,
      double batchesPerSecond,
      int readingsPerBatch) {
    LoadSimulation load = new LoadSimulation(Math.max(1, Math.min(4, devices.size())));
    long periodMicros = Math.max(100, (long) (1_000_000 / batchesPerSecond));
    for (DeviceCredentials d : devices) {
      SimulationOptions o =
          SimulationOptions.withCredentials(host, port, d, dataRoot.resolve(d.deviceId()))
              .withCameras(0)
              .withIntervals(
                  Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30));
      SimulatedSite site = SimulatedSite.start(o);
      load.sites.add(site);
      load.generator.scheduleAtFixedRate(
          () -> {
            List<Reading> rs = new ArrayList<>(readingsPerBatch);
            Instant now = Instant.now();
            for (int i = 0; i < readingsPerBatch; i++) {
              rs.add(Reading.of("load" + i, SensorKind.TEMPERATURE, now, 20 + i * 0.1));
            }
            site.agent().recordTelemetry(rs);
            load.generated.incrementAndGet();
          },
          periodMicros,
          periodMicros,
          TimeUnit.MICROSECONDS);
    }
    return load;
  }

  public List<SimulatedSite> sites() {
    return List.copyOf(sites);
  }

  /** Telemetry batches generated so far across all devices. */
  public long generated() {
    return generated.get();
  }

  /** Entries still waiting in all outboxes. */
  public long backlog() {
    return sites.stream().mapToLong(s -> s.agent().outbox().depth()).sum();
  }

  @Override
  public void close() {
    generator.shutdownNow();
    sites.forEach(SimulatedSite::close);
  }
}
