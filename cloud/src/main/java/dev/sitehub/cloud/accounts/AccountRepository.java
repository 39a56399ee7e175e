package dev.sitehub.cloud.accounts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** JDBC access to users, roles and site memberships. */
@ApplicationScoped
public class AccountRepository {
  private final AgroalDataSource db;

  public AccountRepository(AgroalDataSource db) {
    this.db = db;
  }

  /** Inserts the user and roles; returns false if the username is taken. */
  public boolean insert(UserAccount user) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO app_user (user_id, username, display_name, password_hash)"
                  + " VALUES (?, ?, ?, ?) ON CONFLICT (username) DO NOTHING")) {
        ps.setString(1, user.userId());
        ps.setString(2, user.username());
        ps.setString(3, user.displayName());
        ps.setString(4, user.passwordHash());
        if (ps.executeUpdate() == 0) {
          c.rollback();
          return false;
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, ?)")) {
        for (Role r : user.roles()) {
          ps.setString(1, user.userId());
          ps.setString(2, r.name());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("insert user failed", e);
    }
  }

  public Optional<UserAccount> findByUsername(String username) {
    return findBy("u.username = ?", username);
  }

  public Optional<UserAccount> findById(String userId) {
    return findBy("u.user_id = ?", userId);
  }

  private Optional<UserAccount> findBy(String where, String value) {
    String sql =
        "SELECT u.user_id, u.username, u.display_name, u.password_hash, r.role FROM app_user u"
            + " LEFT JOIN user_role r ON r.user_id = u.user_id WHERE u.disabled_at IS NULL AND "
            + where;
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        UserAccount found = null;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        while (rs.next()) {
          if (found == null) {
            found =
                new UserAccount(
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Set.of());
          }
          if (rs.getString(5) != null) {
            roles.add(Role.valueOf(rs.getString(5)));
          }
        }
        return found == null
            ? Optional.empty()
            : Optional.of(
                new UserAccount(
                    found.userId(),
                    found.username(),
                    found.displayName(),
                    found.passwordHash(),
                    roles));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("find user failed", e);
    }
  }

  /** Adds a membership; idempotent. */
  public void addMembership(String siteId, String userId) {
    update(
        "INSERT INTO site_membership (site_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        siteId,
        userId);
  }

  public void removeMembership(String siteId, String userId) {
    update("DELETE FROM site_membership WHERE site_id = ? AND user_id = ?", siteId, userId);
  }

  public boolean isMember(String siteId, String userId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT 1 FROM site_membership WHERE site_id = ? AND user_id = ?")) {
      ps.setString(1, siteId);
      ps.setString(2, userId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("membership lookup failed", e);
    }
  }

  private void update(String sql, String a, String b) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, a);
      ps.setString(2, b);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("membership update failed", e);
    }
  }
}
