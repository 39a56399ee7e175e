package dev.sitehub.cloud.sites;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to sites. */
@ApplicationScoped
public class SiteRepository {
  private static final String COLUMNS =
      "s.site_id, s.name, s.address, s.timezone, s.created_by, s.created_at, s.updated_at";
  private final AgroalDataSource db;

  public SiteRepository(AgroalDataSource db) {
    this.db = db;
  }

  /** Inserts the site and makes its creator a member, in one transaction. */
  public void insert(Site site) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO site (site_id, name, address, timezone, created_by) VALUES (?,?,?,?,?)")) {
        ps.setString(1, site.siteId());
        ps.setString(2, site.name());
        ps.setString(3, site.address());
        ps.setString(4, site.timezone());
        ps.setString(5, site.createdBy());
        ps.executeUpdate();
      }
      if (site.createdBy() != null) {
        try (PreparedStatement ps =
            c.prepareStatement("INSERT INTO site_membership (site_id, user_id) VALUES (?, ?)")) {
          ps.setString(1, site.siteId());
          ps.setString(2, site.createdBy());
          ps.executeUpdate();
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("insert site failed", e);
    }
  }

  public boolean update(String siteId, String name, String address, String timezone) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE site SET name = coalesce(?, name), address = coalesce(?, address),"
                    + " timezone = coalesce(?, timezone), updated_at = now() WHERE site_id = ?")) {
      ps.setString(1, name);
      ps.setString(2, address);
      ps.setString(3, timezone);
      ps.setString(4, siteId);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("update site failed", e);
    }
  }

  public Optional<Site> find(String siteId) {
    List<Site> l = query("SELECT " + COLUMNS + " FROM site s WHERE s.site_id = ?", siteId);
    return l.stream().findFirst();
  }

  public List<Site> all() {
    return query("SELECT " + COLUMNS + " FROM site s ORDER BY s.created_at, s.site_id LIMIT 1000");
  }

  public List<Site> forMember(String userId) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM site s JOIN site_membership m ON m.site_id = s.site_id"
            + " WHERE m.user_id = ? ORDER BY s.created_at, s.site_id",
        userId);
  }

  private List<Site> query(String sql, String... args) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      List<Site> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Site(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getTimestamp(6).toInstant(),
                  rs.getTimestamp(7).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("site query failed", e);
    }
  }
}
