package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to enterprise staff: invitations, joining, and the staff list of a profile. */
@ApplicationScoped
public class StaffRepository {
  private static final String COLUMNS =
      "s.user_id, u.display_name, s.enterprise_id, s.role, s.title, s.status";
  private final AgroalDataSource db;

  public StaffRepository(AgroalDataSource db) {
    this.db = db;
  }

  /** Records an invitation; false if the person already belongs to (or is invited by) one. */
  boolean invite(String enterpriseId, String userId, Role role, String title, String by) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO enterprise_staff (user_id, enterprise_id, role, title, status,"
                    + " invited_by) VALUES (?,?,?,?,'INVITED',?) ON CONFLICT (user_id) DO NOTHING")) {
      ps.setString(1, userId);
      ps.setString(2, enterpriseId);
      ps.setString(3, role.name());
      ps.setString(4, title);
      ps.setString(5, by);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("invite failed", e);
    }
  }

  /** Turns the person's pending invitation into membership and grants its role, atomically. */
  boolean accept(String userId, String enterpriseId) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      String role;
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE enterprise_staff SET status = 'ACTIVE', joined_at = now()"
                  + " WHERE user_id = ? AND enterprise_id = ? AND status = 'INVITED' RETURNING role")) {
        ps.setString(1, userId);
        ps.setString(2, enterpriseId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            c.rollback();
            return false;
          }
          role = rs.getString(1);
        }
      }
      grantRole(c, userId, role);
      c.commit();
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("accept invitation failed", e);
    }
  }

  /**
   * Adds a role to the accounts model's user_role table inside the caller's transaction, so
   * membership and role never disagree. Takes effect at the person's next sign-in.
   */
  static void grantRole(Connection c, String userId, String role) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO user_role (user_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, userId);
      ps.setString(2, role);
      ps.executeUpdate();
    }
  }

  /** Whether the person registered the enterprise or is its active staff. */
  boolean speaksFor(String enterpriseId, String userId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT 1 FROM enterprise WHERE enterprise_id = ? AND created_by = ?"
                    + " UNION ALL SELECT 1 FROM enterprise_staff WHERE enterprise_id = ?"
                    + " AND user_id = ? AND status = 'ACTIVE'")) {
      ps.setString(1, enterpriseId);
      ps.setString(2, userId);
      ps.setString(3, enterpriseId);
      ps.setString(4, userId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("staff lookup failed", e);
    }
  }

  public Optional<StaffMember> find(String userId) {
    return query("s.user_id = ?", userId).stream().findFirst();
  }

  /** Active staff of an enterprise with their display names, in one query. */
  public List<StaffMember> active(String enterpriseId) {
    return query("s.enterprise_id = ? AND s.status = 'ACTIVE'", enterpriseId);
  }

  /** Everyone of an enterprise, invited or active, for its admin's workspace. */
  public List<StaffMember> roster(String enterpriseId) {
    return query("s.enterprise_id = ?", enterpriseId);
  }

  private List<StaffMember> query(String where, String arg) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM enterprise_staff s JOIN app_user u ON u.user_id = s.user_id WHERE "
                    + where
                    + " ORDER BY s.role, u.display_name")) {
      ps.setString(1, arg);
      List<StaffMember> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StaffMember(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  Role.valueOf(rs.getString(4)),
                  rs.getString(5),
                  "ACTIVE".equals(rs.getString(6))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("staff query failed", e);
    }
  }
}
