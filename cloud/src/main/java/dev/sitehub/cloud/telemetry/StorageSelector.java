package dev.sitehub.cloud.telemetry;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Picks the {@link TelemetryStorage} matching what migration V2_3 built: a hypertable when the
 * timescaledb extension is installed in this database, daily partitions otherwise.
 */
@ApplicationScoped
class StorageSelector {
  private static final Logger LOG = Logger.getLogger(StorageSelector.class);

  @Produces
  @ApplicationScoped
  TelemetryStorage storage(AgroalDataSource db, StorageConfig config) {
    TelemetryStorage s =
        timescaleInstalled(db)
            ? new TimescaleStorage(db, config)
            : new PartitionedStorage(db, config);
    LOG.infof("telemetry storage layout=%s", s.layout());
    return s;
  }

  /** True when the timescaledb extension is installed in the current database. */
  public static boolean timescaleInstalled(DataSource db) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT 1 FROM pg_extension WHERE extname = 'timescaledb'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot inspect database extensions", e);
    }
  }
}
