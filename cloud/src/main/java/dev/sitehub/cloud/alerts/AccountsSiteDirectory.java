package dev.sitehub.cloud.alerts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Site members from the accounts model (site_membership and user_role): a member holding the
 * SUPERVISOR role is told as a supervisor, one holding HOMEOWNER as a homeowner.
 */
@ApplicationScoped
public class AccountsSiteDirectory implements SiteDirectory {
  private static final String MEMBERS =
      "SELECT m.user_id,"
          + " bool_or(r.role = 'SUPERVISOR') AS supervisor,"
          + " bool_or(r.role = 'HOMEOWNER') AS homeowner"
          + " FROM site_membership m JOIN app_user u ON u.user_id = m.user_id"
          + " LEFT JOIN user_role r ON r.user_id = m.user_id"
          + " WHERE m.site_id = ? AND u.disabled_at IS NULL GROUP BY m.user_id";

  private final AgroalDataSource dataSource;

  public AccountsSiteDirectory(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean isMember(String userId, String siteId) {
    return members(siteId).stream().anyMatch(m -> m.userId().equals(userId));
  }

  @Override
  public List<SiteMember> members(String siteId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(MEMBERS)) {
      ps.setString(1, siteId);
      List<SiteMember> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          SiteRole role =
              rs.getBoolean("supervisor")
                  ? SiteRole.SUPERVISOR
                  : rs.getBoolean("homeowner") ? SiteRole.HOMEOWNER : SiteRole.OTHER;
          out.add(new SiteMember(rs.getString("user_id"), role));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("loading members of site " + siteId, e);
    }
  }
}
