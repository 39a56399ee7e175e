package dev.sitehub.cloud.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to project messages, read marks and unread counts. */
@ApplicationScoped
public class MessageRepository {
  private static final String COLUMNS =
      "message_id, project_id, author_id, body, attachment_name, attachment_type, created_at";
  private final AgroalDataSource db;

  public MessageRepository(AgroalDataSource db) {
    this.db = db;
  }

  MessageView insert(
      String projectId,
      String authorId,
      String body,
      String fileKey,
      String fileType,
      String fileName) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO project_message (project_id, author_id, body, attachment_key,"
                    + " attachment_type, attachment_name) VALUES (?,?,?,?,?,?) RETURNING "
                    + COLUMNS)) {
      ps.setString(1, projectId);
      ps.setString(2, authorId);
      ps.setString(3, body);
      ps.setString(4, fileKey);
      ps.setString(5, fileType);
      ps.setString(6, fileName);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return map(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("insert message failed", e);
    }
  }

  List<MessageView> after(String projectId, long afterId, int limit) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM project_message WHERE project_id = ? AND message_id > ?"
                    + " ORDER BY message_id LIMIT ?")) {
      ps.setString(1, projectId);
      ps.setLong(2, afterId);
      ps.setInt(3, limit);
      List<MessageView> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("message query failed", e);
    }
  }

  /** The stored key and media type of a message's attachment. */
  Optional<String[]> attachment(String projectId, long messageId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT attachment_key, attachment_type FROM project_message"
                    + " WHERE project_id = ? AND message_id = ? AND attachment_key IS NOT NULL")) {
      ps.setString(1, projectId);
      ps.setLong(2, messageId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new String[] {rs.getString(1), rs.getString(2)})
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("attachment query failed", e);
    }
  }

  /** Moves the read mark forward only, so an old client cannot un-read messages. */
  void markRead(String projectId, String userId, long upTo) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO project_message_read (project_id, user_id, last_read_id) VALUES (?,?,?)"
                    + " ON CONFLICT (project_id, user_id) DO UPDATE SET last_read_id ="
                    + " greatest(project_message_read.last_read_id, excluded.last_read_id)")) {
      ps.setString(1, projectId);
      ps.setString(2, userId);
      ps.setLong(3, upTo);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("mark read failed", e);
    }
  }

  /** Unread messages by others in every project whose site the user belongs to: one query. */
  List<UnreadCount> unread(String userId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT p.project_id, count(m.message_id) FROM project p"
                    + " JOIN site_membership sm ON sm.site_id = p.site_id AND sm.user_id = ?"
                    + " LEFT JOIN project_message_read r ON r.project_id = p.project_id AND r.user_id = ?"
                    + " LEFT JOIN project_message m ON m.project_id = p.project_id"
                    + "   AND m.author_id <> ? AND m.message_id > coalesce(r.last_read_id, 0)"
                    + " GROUP BY p.project_id ORDER BY p.project_id")) {
      ps.setString(1, userId);
      ps.setString(2, userId);
      ps.setString(3, userId);
      List<UnreadCount> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new UnreadCount(rs.getString(1), rs.getLong(2)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("unread query failed", e);
    }
  }

  private static MessageView map(ResultSet rs) throws SQLException {
    return new MessageView(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getTimestamp(7).toInstant());
  }
}
