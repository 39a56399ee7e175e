package dev.sitehub.cloud.alerts;

import dev.sitehub.cloud.telemetry.Accepted;
import dev.sitehub.cloud.telemetry.IngestObserver;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Feeds every freshly stored message of the ingestion pipeline to the {@link AlertEngine}. */
@ApplicationScoped
class AlertIngestObserver implements IngestObserver {
  private final AlertEngine engine;

  public AlertIngestObserver(AlertEngine engine) {
    this.engine = engine;
  }

  @Override
  public void stored(List<Accepted> fresh) {
    Instant now = Instant.now();
    for (Accepted a : fresh) {
      if (a instanceof Accepted.Telemetry t) {
        engine.onTelemetry(t.siteId(), t.deviceId(), t.batch(), now);
      } else if (a instanceof Accepted.Event e) {
        engine.onEvent(e.siteId(), e.deviceId(), e.event(), now);
      } else if (a instanceof Accepted.Status s) {
        engine.onStatus(s.siteId(), s.deviceId(), s.status(), now);
      } else if (a instanceof Accepted.Health h) {
        engine.onHeartbeat(h.siteId(), h.deviceId(), h.heartbeat(), now);
      }
    }
  }
}
