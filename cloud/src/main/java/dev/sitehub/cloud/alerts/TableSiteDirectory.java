package dev.sitehub.cloud.alerts;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Site membership from the alert_site_member table: the bridge used until the accounts model
 * provides its own {@link SiteDirectory}.
 */
@ApplicationScoped
@DefaultBean
public class TableSiteDirectory implements SiteDirectory {
  private final AgroalDataSource dataSource;

  public TableSiteDirectory(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public boolean isMember(String userId, String siteId) {
    return members(siteId).stream().anyMatch(m -> m.userId().equals(userId));
  }

  @Override
  public List<SiteMember> members(String siteId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT user_id, role FROM alert_site_member WHERE site_id = ?")) {
      ps.setString(1, siteId);
      List<SiteMember> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new SiteMember(rs.getString(1), SiteRole.valueOf(rs.getString(2))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("loading members of site " + siteId, e);
    }
  }

  /** Adds or changes a member; used by tests and the operator until accounts exist. */
  public void put(String siteId, String userId, SiteRole role) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO alert_site_member (site_id, user_id, role) VALUES (?,?,?)"
                    + " ON CONFLICT (site_id, user_id) DO UPDATE SET role = EXCLUDED.role")) {
      ps.setString(1, siteId);
      ps.setString(2, userId);
      ps.setString(3, role.name());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("saving member of site " + siteId, e);
    }
  }
}
