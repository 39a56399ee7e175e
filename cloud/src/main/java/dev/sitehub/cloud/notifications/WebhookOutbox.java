package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.Alert;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The durable queue of webhook deliveries, written in the alert change's own transaction. */
@ApplicationScoped
public class WebhookOutbox {
  private final AgroalDataSource dataSource;

  /** One pending delivery. */
  public record Delivery(
      long id, String siteId, long alertId, String url, String body, int attempts) {}

  /** The state of one delivery as a test or operator sees it. */
  public record Status(int attempts, boolean delivered, boolean failed, String lastError) {}

  public WebhookOutbox(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  void enqueue(Connection c, Alert alert, String url, String body) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO webhook_outbox (site_id, alert_id, url, body) VALUES (?,?,?,?)")) {
      ps.setString(1, alert.siteId());
      ps.setLong(2, alert.id());
      ps.setString(3, url);
      ps.setString(4, body);
      ps.executeUpdate();
    }
  }

  /** Locks up to {@code max} due deliveries for the caller's transaction; others skip them. */
  List<Delivery> lockDue(Connection c, Instant now, int max) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, site_id, alert_id, url, body, attempts FROM webhook_outbox"
                + " WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?"
                + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED")) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.setInt(2, max);
      List<Delivery> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Delivery(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getLong(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getInt(6)));
        }
      }
      return out;
    }
  }

  void delivered(Connection c, long id, Instant at) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE webhook_outbox SET delivered_at = ?, attempts = attempts + 1,"
                + " last_error = NULL WHERE id = ?")) {
      ps.setTimestamp(1, Timestamp.from(at));
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  /** Records a failed attempt: retry at {@code next}, or give up when {@code next} is null. */
  void failed(Connection c, long id, String error, Instant next, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE webhook_outbox SET attempts = attempts + 1, last_error = ?,"
                + " next_attempt_at = COALESCE(?, next_attempt_at), failed_at = ? WHERE id = ?")) {
      ps.setString(1, error);
      ps.setTimestamp(2, next == null ? null : Timestamp.from(next));
      ps.setTimestamp(3, next == null ? Timestamp.from(now) : null);
      ps.setLong(4, id);
      ps.executeUpdate();
    }
  }

  /** Deliveries of one alert, oldest first. */
  public List<Status> forAlert(long alertId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT attempts, delivered_at IS NOT NULL, failed_at IS NOT NULL, last_error"
                    + " FROM webhook_outbox WHERE alert_id = ? ORDER BY id")) {
      ps.setLong(1, alertId);
      List<Status> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Status(rs.getInt(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("loading webhook deliveries of alert " + alertId, e);
    }
  }
}
