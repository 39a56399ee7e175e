package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.telemetry.DeviceLiveness;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Marks devices offline when neither a status message nor a heartbeat arrived within the timeout:
 * the Last Will covers a lost connection, this covers a box that hangs while still connected.
 */
@ApplicationScoped
class HeartbeatTimeout {
  private static final Logger LOG = Logger.getLogger(HeartbeatTimeout.class);

  private final DeviceLiveness liveness;
  private final UnitOfWork work;
  private final DeviceConfig config;
  private final Clock clock;

  HeartbeatTimeout(DeviceLiveness liveness, UnitOfWork work, DeviceConfig config, Clock clock) {
    this.liveness = liveness;
    this.work = work;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      every = "${sitehub.devices.timeout-check-every:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void check() {
    markStale(clock.instant());
  }

  /** Marks every device silent since before {@code now - timeout} offline; returns how many. */
  public int markStale(Instant now) {
    List<DeviceLiveness.Silenced> silenced =
        work.write(() -> liveness.silenceStale(now.minus(config.heartbeatTimeout()), now));
    for (DeviceLiveness.Silenced d : silenced) {
      LOG.infof("device offline by heartbeat timeout site=%s device=%s", d.siteId(), d.deviceId());
    }
    return silenced.size();
  }
}
