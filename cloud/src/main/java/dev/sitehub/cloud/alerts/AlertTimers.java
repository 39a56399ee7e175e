package dev.sitehub.cloud.alerts;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Drives the time-based parts of alerting: offline and stall checks, then escalation. */
@ApplicationScoped
class AlertTimers {
  private final AlertEngine engine;
  private final Escalator escalator;

  AlertTimers(AlertEngine engine, Escalator escalator) {
    this.engine = engine;
    this.escalator = escalator;
  }

  @Scheduled(
      every = "${sitehub.alerts.timer-period:15s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    Instant now = Instant.now();
    engine.checkTimeouts(now);
    escalator.run(now);
  }
}
