package dev.sitehub.cloud.telemetry;

import dev.sitehub.protocol.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Logs a rejected message at most once per device per interval; a flood stays one line. Returns
 * whether this one was logged.
 */
@ApplicationScoped
class RejectLog {
  private static final Logger LOG = Logger.getLogger(RejectLog.class);
  private static final int MAX_TRACKED = 50_000;

  private final Map<String, Instant> lastLogged = new ConcurrentHashMap<>();
  private final Clock clock;
  private final IngestConfig config;

  public RejectLog(Clock clock, IngestConfig config) {
    this.clock = clock;
    this.config = config;
  }

  /** {@code source} is the device id, or the topic's first levels when no device is known. */
  boolean rejected(String source, Rejection rejection) {
    Instant now = clock.instant();
    Instant last = lastLogged.get(source);
    if (last != null && last.plus(config.rejectLogInterval()).isAfter(now)) {
      return false;
    }
    if (lastLogged.size() >= MAX_TRACKED) {
      lastLogged.clear();
    }
    lastLogged.put(source, now);
    // The detail never contains payload content (protocol guarantee), so it is safe to log.
    LOG.warnf(
        "ingest reject source=%s reason=%s detail=%s",
        source, rejection.reason().code(), rejection.detail());
    return true;
  }
}
