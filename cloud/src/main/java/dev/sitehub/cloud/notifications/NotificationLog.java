package dev.sitehub.cloud.notifications;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Records who was told about which alert, through which channel and why. */
@ApplicationScoped
public class NotificationLog {
  private static final Logger LOG = Logger.getLogger(NotificationLog.class);
  private final AgroalDataSource dataSource;

  /** One delivery record. */
  public record Entry(long alertId, String userId, String channel, String reason) {}

  public NotificationLog(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  void record(long alertId, String userId, String channel, String reason) {
    LOG.infof("notified alert=%d user=%s channel=%s reason=%s", alertId, userId, channel, reason);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO alert_notification (alert_id, user_id, channel, reason)"
                    + " VALUES (?,?,?,?)")) {
      ps.setLong(1, alertId);
      ps.setString(2, userId);
      ps.setString(3, channel);
      ps.setString(4, reason);
      ps.executeUpdate();
    } catch (SQLException e) {
      // The notification itself went out; losing its audit row must not fail the caller.
      LOG.errorf(e, "notification log failed alert=%d user=%s", alertId, userId);
    }
  }

  public List<Entry> forAlert(long alertId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT user_id, channel, reason FROM alert_notification WHERE alert_id = ?"
                    + " ORDER BY id")) {
      ps.setLong(1, alertId);
      List<Entry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Entry(alertId, rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("loading notifications of alert " + alertId, e);
    }
  }
}
