package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.alerts.StalledSiteHook;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Feeds the alert engine's stalled-site rule: work is expected at a site on a day when a milestone
 * of its project had started by then and is still being worked on (in progress, or in
 * rectification), so silence there is a stall; a site between stages is never stalled.
 */
@ApplicationScoped
public class WorkInProgressHook implements StalledSiteHook {
  private final AgroalDataSource db;

  public WorkInProgressHook(AgroalDataSource db) {
    this.db = db;
  }

  @Override
  public boolean expectsActivity(String siteId, LocalDate day) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT 1 FROM milestone m JOIN project p ON p.project_id = m.project_id"
                    + " JOIN site s ON s.site_id = p.site_id WHERE p.site_id = ?"
                    + " AND m.state IN ('IN_PROGRESS', 'RECTIFICATION')"
                    + " AND (m.actual_start IS NULL"
                    + " OR (m.actual_start AT TIME ZONE s.timezone)::date <= ?) LIMIT 1")) {
      ps.setString(1, siteId);
      ps.setDate(2, Date.valueOf(day));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("work-in-progress lookup failed for site " + siteId, e);
    }
  }
}
