package dev.sitehub.cloud.enterprises;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** JDBC access to enterprises, their library search and rating totals. */
@ApplicationScoped
public class EnterpriseRepository {
  static final String COLUMNS =
      "e.enterprise_id, e.type, e.name, e.credit_code, e.city, e.district, e.specialties,"
          + " e.price_band, e.description, e.status, e.status_reason, e.rating_count,"
          + " e.rating_sum, e.created_at";

  private final AgroalDataSource db;

  public EnterpriseRepository(AgroalDataSource db) {
    this.db = db;
  }

  /**
   * Inserts the enterprise and makes {@code adminUserId} its active ENTERPRISE_ADMIN, granting the
   * role, all in one transaction. Returns false if the credit code or the person is taken.
   */
  boolean insert(Enterprise e, String adminUserId) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO enterprise (enterprise_id, type, name, credit_code, city, district,"
                  + " specialties, price_band, description, created_by)"
                  + " VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (credit_code) DO NOTHING")) {
        ps.setString(1, e.enterpriseId());
        ps.setString(2, e.type().name());
        ps.setString(3, e.name());
        ps.setString(4, e.creditCode());
        ps.setString(5, e.city());
        ps.setString(6, e.district());
        ps.setArray(7, c.createArrayOf("text", e.specialties().toArray()));
        ps.setInt(8, e.priceBand());
        ps.setString(9, e.description());
        ps.setString(10, adminUserId);
        if (ps.executeUpdate() == 0) {
          c.rollback();
          return false;
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO enterprise_staff (user_id, enterprise_id, role, status, joined_at)"
                  + " VALUES (?, ?, 'ENTERPRISE_ADMIN', 'ACTIVE', now())"
                  + " ON CONFLICT (user_id) DO NOTHING")) {
        ps.setString(1, adminUserId);
        ps.setString(2, e.enterpriseId());
        if (ps.executeUpdate() == 0) {
          c.rollback();
          return false;
        }
      }
      StaffRepository.grantRole(c, adminUserId, "ENTERPRISE_ADMIN");
      c.commit();
      return true;
    } catch (SQLException ex) {
      throw new IllegalStateException("insert enterprise failed", ex);
    }
  }

  /** Writes the editable profile fields; identity, status and ratings stay as they are. */
  void updateProfile(Enterprise e) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE enterprise SET name = ?, city = ?, district = ?, specialties = ?,"
                    + " price_band = ?, description = ? WHERE enterprise_id = ?")) {
      ps.setString(1, e.name());
      ps.setString(2, e.city());
      ps.setString(3, e.district());
      ps.setArray(4, c.createArrayOf("text", e.specialties().toArray()));
      ps.setInt(5, e.priceBand());
      ps.setString(6, e.description());
      ps.setString(7, e.enterpriseId());
      ps.executeUpdate();
    } catch (SQLException ex) {
      throw new IllegalStateException("profile update failed", ex);
    }
  }

  boolean creditCodeTaken(String creditCode) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT 1 FROM enterprise WHERE credit_code = ?")) {
      ps.setString(1, creditCode);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException ex) {
      throw new IllegalStateException("credit code lookup failed", ex);
    }
  }

  public Optional<Enterprise> find(String enterpriseId) {
    return query(
            "SELECT " + COLUMNS + " FROM enterprise e WHERE e.enterprise_id = ?",
            List.of(enterpriseId))
        .stream()
        .findFirst();
  }

  /** Finds several at once (one query), for callers that must avoid N+1 lookups. */
  public List<Enterprise> findAll(List<String> enterpriseIds) {
    if (enterpriseIds.isEmpty()) {
      return List.of();
    }
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM enterprise e WHERE e.enterprise_id = ANY (?)")) {
      ps.setArray(1, c.createArrayOf("text", enterpriseIds.toArray()));
      return read(ps);
    } catch (SQLException ex) {
      throw new IllegalStateException("enterprise lookup failed", ex);
    }
  }

  List<Enterprise> pending(int limit) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM enterprise e WHERE e.status = 'PENDING' ORDER BY e.created_at LIMIT ?",
        List.of(limit));
  }

  boolean decide(String enterpriseId, EnterpriseStatus status, String reason, String operatorId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE enterprise SET status = ?, status_reason = ?, decided_by = ?,"
                    + " decided_at = now() WHERE enterprise_id = ?")) {
      ps.setString(1, status.name());
      ps.setString(2, reason);
      ps.setString(3, operatorId);
      ps.setString(4, enterpriseId);
      return ps.executeUpdate() == 1;
    } catch (SQLException ex) {
      throw new IllegalStateException("verification update failed", ex);
    }
  }

  /**
   * The page, read in stored-score order so PostgreSQL can stop after one page, and the number of
   * all matches from a second, index-only count.
   */
  LibraryResult search(LibraryQuery q) {
    StringBuilder where = new StringBuilder(" FROM enterprise e WHERE e.status = 'VERIFIED'");
    List<Object> args = new ArrayList<>();
    if (q.type() != null) {
      where.append(" AND e.type = ?");
      args.add(q.type().name());
    }
    if (q.city() != null) {
      where.append(" AND e.city = ?");
      args.add(q.city());
    }
    if (q.district() != null) {
      where.append(" AND e.district = ?");
      args.add(q.district());
    }
    if (q.specialty() != null) {
      where.append(" AND e.specialties @> ARRAY[?]::text[]");
      args.add(q.specialty());
    }
    if (q.minPriceBand() != null) {
      where.append(" AND e.price_band >= ?");
      args.add(q.minPriceBand());
    }
    if (q.maxPriceBand() != null) {
      where.append(" AND e.price_band <= ?");
      args.add(q.maxPriceBand());
    }
    if (q.minScore() != null) {
      where.append(" AND e.rating_score >= ?");
      args.add(q.minScore());
    }
    String page =
        "SELECT "
            + COLUMNS
            + where
            + " ORDER BY e.rating_score DESC, e.rating_count DESC, e.enterprise_id LIMIT ? OFFSET ?";
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(q.size());
    pageArgs.add((long) q.page() * q.size());
    try (Connection c = db.getConnection()) {
      List<Enterprise> items;
      try (PreparedStatement ps = c.prepareStatement(page)) {
        bind(ps, pageArgs);
        items = read(ps);
      }
      long total;
      if (q.page() == 0 && items.size() < q.size()) {
        total = items.size(); // the whole result fits on the first page: no count needed
      } else {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + where)) {
          bind(ps, args);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
          }
        }
      }
      return new LibraryResult(items, total);
    } catch (SQLException ex) {
      throw new IllegalStateException("library search failed", ex);
    }
  }

  /** Recomputes every stored score whose value differs under {@code rating}; returns the count. */
  int rescore(BayesianRating rating) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE enterprise SET rating_score = (?::float8 * ?::float8 + rating_sum)"
                    + " / (?::float8 + rating_count) WHERE rating_score IS DISTINCT FROM"
                    + " (?::float8 * ?::float8 + rating_sum) / (?::float8 + rating_count)")) {
      bind(
          ps,
          List.of(
              rating.priorWeight(),
              rating.priorMean(),
              rating.priorWeight(),
              rating.priorWeight(),
              rating.priorMean(),
              rating.priorWeight()));
      return ps.executeUpdate();
    } catch (SQLException ex) {
      throw new IllegalStateException("rescore failed", ex);
    }
  }

  /** A page of matches and the total count. */
  record LibraryResult(List<Enterprise> items, long total) {}

  /**
   * Stores an evaluation once and folds it into the running totals in the same transaction; returns
   * false when this evaluation id was already recorded.
   */
  boolean recordEvaluation(Evaluation ev, BayesianRating rating) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO enterprise_evaluation (evaluation_id, enterprise_id, stars, project_id,"
                  + " author_id) VALUES (?,?,?,?,?) ON CONFLICT (evaluation_id) DO NOTHING")) {
        ps.setString(1, ev.evaluationId());
        ps.setString(2, ev.enterpriseId());
        ps.setInt(3, ev.stars());
        ps.setString(4, ev.projectId());
        ps.setString(5, ev.authorId());
        if (ps.executeUpdate() == 0) {
          c.rollback();
          return false;
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE enterprise SET rating_count = rating_count + 1, rating_sum = rating_sum + ?,"
                  + " rating_score = (?::float8 * ?::float8 + rating_sum + ?)"
                  + " / (?::float8 + rating_count + 1) WHERE enterprise_id = ?")) {
        ps.setInt(1, ev.stars());
        ps.setDouble(2, rating.priorWeight());
        ps.setDouble(3, rating.priorMean());
        ps.setInt(4, ev.stars());
        ps.setDouble(5, rating.priorWeight());
        ps.setString(6, ev.enterpriseId());
        ps.executeUpdate();
      }
      c.commit();
      return true;
    } catch (SQLException ex) {
      throw new IllegalStateException("record evaluation failed", ex);
    }
  }

  private List<Enterprise> query(String sql, List<Object> args) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return read(ps);
    } catch (SQLException ex) {
      throw new IllegalStateException("enterprise query failed", ex);
    }
  }

  private static List<Enterprise> read(PreparedStatement ps) throws SQLException {
    List<Enterprise> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(map(rs));
      }
    }
    return out;
  }

  static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
  }

  static Enterprise map(ResultSet rs) throws SQLException {
    Array specialties = rs.getArray(7);
    return new Enterprise(
        rs.getString(1),
        EnterpriseType.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        Arrays.asList((String[]) specialties.getArray()),
        rs.getInt(8),
        rs.getString(9),
        EnterpriseStatus.valueOf(rs.getString(10)),
        rs.getString(11),
        rs.getInt(12),
        rs.getLong(13),
        rs.getTimestamp(14).toInstant());
  }
}
