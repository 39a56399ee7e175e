package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.Severity;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Stores notification preferences per user. */
@ApplicationScoped
public class PreferenceRepository {
  private final AgroalDataSource dataSource;

  public PreferenceRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The user's preferences, or the defaults when none were saved. */
  public NotificationPreference find(String userId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT push, email, email_address, min_severity FROM notification_preference"
                    + " WHERE user_id = ?")) {
      ps.setString(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return NotificationPreference.defaultFor(userId);
        }
        return new NotificationPreference(
            userId,
            rs.getBoolean(1),
            rs.getBoolean(2),
            rs.getString(3),
            Severity.valueOf(rs.getString(4)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("loading preferences of user " + userId, e);
    }
  }

  public void save(NotificationPreference p) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO notification_preference (user_id, push, email, email_address,"
                    + " min_severity) VALUES (?,?,?,?,?) ON CONFLICT (user_id) DO UPDATE SET"
                    + " push = EXCLUDED.push, email = EXCLUDED.email,"
                    + " email_address = EXCLUDED.email_address,"
                    + " min_severity = EXCLUDED.min_severity, updated_at = now()")) {
      ps.setString(1, p.userId());
      ps.setBoolean(2, p.push());
      ps.setBoolean(3, p.email());
      ps.setString(4, p.emailAddress());
      ps.setString(5, p.minSeverity().name());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("saving preferences of user " + p.userId(), e);
    }
  }
}
