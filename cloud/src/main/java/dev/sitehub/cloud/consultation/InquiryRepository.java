package dev.sitehub.cloud.consultation;

import dev.sitehub.cloud.enterprises.ResponseStats;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to inquiries, their per-enterprise threads and messages. */
@ApplicationScoped
public class InquiryRepository {
  private static final String THREAD_COLUMNS =
      "t.inquiry_id, i.subject, i.customer_id, t.enterprise_id, t.status, t.created_at,"
          + " t.first_reply_at FROM inquiry_thread t JOIN inquiry i ON i.inquiry_id = t.inquiry_id";
  private final AgroalDataSource db;

  public InquiryRepository(AgroalDataSource db) {
    this.db = db;
  }

  /** The inquiry, one OPEN thread per enterprise, and the first message in each. */
  void insert(
      String inquiryId, String customerId, String subject, String body, List<String> enterprises) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO inquiry (inquiry_id, customer_id, subject) VALUES (?,?,?)")) {
        ps.setString(1, inquiryId);
        ps.setString(2, customerId);
        ps.setString(3, subject);
        ps.executeUpdate();
      }
      try (PreparedStatement t =
              c.prepareStatement(
                  "INSERT INTO inquiry_thread (inquiry_id, enterprise_id, status) VALUES (?,?,'OPEN')");
          PreparedStatement m =
              c.prepareStatement(
                  "INSERT INTO inquiry_message (inquiry_id, enterprise_id, author_id, from_customer,"
                      + " body) VALUES (?,?,?,true,?)")) {
        for (String e : enterprises) {
          t.setString(1, inquiryId);
          t.setString(2, e);
          t.addBatch();
          m.setString(1, inquiryId);
          m.setString(2, e);
          m.setString(3, customerId);
          m.setString(4, body);
          m.addBatch();
        }
        t.executeBatch();
        m.executeBatch();
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("insert inquiry failed", e);
    }
  }

  /**
   * Appends a message and moves the thread's status, in one transaction under a row lock; returns
   * false if the thread is closed.
   */
  boolean reply(
      String inquiryId, String enterpriseId, String authorId, boolean fromCustomer, String body) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE inquiry_thread SET status = ?,"
                  + " first_reply_at = CASE WHEN ? THEN first_reply_at"
                  + "   ELSE coalesce(first_reply_at, now()) END"
                  + " WHERE inquiry_id = ? AND enterprise_id = ? AND status <> 'CLOSED'")) {
        ps.setString(1, fromCustomer ? "OPEN" : "ANSWERED");
        ps.setBoolean(2, fromCustomer);
        ps.setString(3, inquiryId);
        ps.setString(4, enterpriseId);
        if (ps.executeUpdate() == 0) {
          c.rollback();
          return false;
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO inquiry_message (inquiry_id, enterprise_id, author_id, from_customer, body)"
                  + " VALUES (?,?,?,?,?)")) {
        ps.setString(1, inquiryId);
        ps.setString(2, enterpriseId);
        ps.setString(3, authorId);
        ps.setBoolean(4, fromCustomer);
        ps.setString(5, body);
        ps.executeUpdate();
      }
      c.commit();
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("reply failed", e);
    }
  }

  boolean close(String inquiryId, String enterpriseId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE inquiry_thread SET status = 'CLOSED', closed_at = now()"
                    + " WHERE inquiry_id = ? AND enterprise_id = ? AND status <> 'CLOSED'")) {
      ps.setString(1, inquiryId);
      ps.setString(2, enterpriseId);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("close failed", e);
    }
  }

  Optional<ThreadView> thread(String inquiryId, String enterpriseId) {
    List<ThreadView> l =
        threads(" WHERE t.inquiry_id = ? AND t.enterprise_id = ?", inquiryId, enterpriseId);
    return l.stream().findFirst();
  }

  List<ThreadView> threadsOfCustomer(String customerId) {
    return threads(" WHERE i.customer_id = ? ORDER BY t.created_at DESC LIMIT 200", customerId);
  }

  List<ThreadView> threadsOfEnterprise(String enterpriseId, ThreadStatus status) {
    return status == null
        ? threads(" WHERE t.enterprise_id = ? ORDER BY t.created_at DESC LIMIT 200", enterpriseId)
        : threads(
            " WHERE t.enterprise_id = ? AND t.status = ? ORDER BY t.created_at DESC LIMIT 200",
            enterpriseId,
            status.name());
  }

  List<InquiryMessage> messages(String inquiryId, String enterpriseId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT message_id, author_id, from_customer, body, created_at FROM inquiry_message"
                    + " WHERE inquiry_id = ? AND enterprise_id = ? ORDER BY message_id")) {
      ps.setString(1, inquiryId);
      ps.setString(2, enterpriseId);
      List<InquiryMessage> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new InquiryMessage(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getBoolean(3),
                  rs.getString(4),
                  rs.getTimestamp(5).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("messages query failed", e);
    }
  }

  /** Counts and the median seconds from an inquiry to the enterprise's first reply. */
  ResponseStats stats(String enterpriseId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*), count(first_reply_at), percentile_cont(0.5) WITHIN GROUP"
                    + " (ORDER BY extract(epoch FROM first_reply_at - created_at))"
                    + " FROM inquiry_thread WHERE enterprise_id = ?")) {
      ps.setString(1, enterpriseId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long total = rs.getLong(1);
        long answered = rs.getLong(2);
        double median = rs.getDouble(3);
        boolean none = rs.wasNull();
        return new ResponseStats(
            total,
            answered,
            total == 0 ? null : (double) answered / total,
            none ? null : Math.round(median));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("stats query failed", e);
    }
  }

  private List<ThreadView> threads(String where, String... args) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT " + THREAD_COLUMNS + where)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      List<ThreadView> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Timestamp first = rs.getTimestamp(7);
          out.add(
              new ThreadView(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  ThreadStatus.valueOf(rs.getString(5)),
                  rs.getTimestamp(6).toInstant(),
                  first == null ? null : first.toInstant(),
                  List.of()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("thread query failed", e);
    }
  }
}
