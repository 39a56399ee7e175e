package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.common.UnitOfWork;
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
public class HeartbeatTimeout {
  private static final Logger LOG = Logger.getLogger(HeartbeatTimeout.class);

  private final DeviceRepository repository;
  private final UnitOfWork work;
  private final DeviceConfig config;
  private final Clock clock;

  HeartbeatTimeout(DeviceRepository repository, UnitOfWork work, DeviceConfig config, Clock clock) {
    this.repository = repository;
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
    return work.write(
        () ->
            repository
                .staleOnline(now.minus(config.heartbeatTimeout()))
                .invoke(
                    stale ->
                        stale.forEach(
                            s -> {
                              s.offline(now);
                              LOG.infof(
                                  "device offline by heartbeat timeout site=%s device=%s",
                                  s.siteId, s.deviceId);
                            }))
                .call(repository::flush)
                .map(List::size));
  }
}
