package dev.sitehub.cloud.telemetry;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/** Deletes dedupe keys older than the horizon, so ingested_seq does not grow without bound. */
@ApplicationScoped
class DedupeHousekeeping {
  private static final Logger LOG = Logger.getLogger(DedupeHousekeeping.class);

  private final DataSource db;
  private final IngestConfig config;
  private final Clock clock;

  public DedupeHousekeeping(DataSource db, IngestConfig config, Clock clock) {
    this.db = db;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      every = "${sitehub.storage.maintain-every:1h}",
      delayed = "2m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void run() throws SQLException {
    prune(clock.instant());
  }

  /** Removes keys ingested before {@code now - dedupeHorizon}; returns how many. */
  public int prune(Instant now) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("DELETE FROM ingested_seq WHERE ingested_at < ?")) {
      ps.setTimestamp(1, Timestamp.from(now.minus(config.dedupeHorizon())));
      int n = ps.executeUpdate();
      if (n > 0) {
        LOG.infof("dedupe keys pruned count=%d", n);
      }
      return n;
    }
  }
}
