package dev.sitehub.cloud.timeline;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only list of the projects on the sites a viewer may see, in one query: progress, the current
 * stage, and the acceptance records waiting for the viewer (as customer or as supervisor).
 */
@ApplicationScoped
public class ProjectDirectory {
  static final int MAX_PROJECTS = 200;
  private static final String PROJECTS =
      "SELECT p.project_id, s.name, s.address,"
          + " (SELECT count(*) FROM project_stage st WHERE st.project_id = p.project_id),"
          + " (SELECT count(*) FROM milestone m WHERE m.project_id = p.project_id"
          + "   AND m.state = 'ACCEPTED'),"
          + " cur.name, cur.state,"
          + " (SELECT count(*) FROM acceptance_record a WHERE a.project_id = p.project_id"
          + "   AND ((a.state = 'AWAITING_CUSTOMER' AND p.customer_id = ?)"
          + "     OR (a.state = 'AWAITING_SUPERVISOR' AND ?)))"
          + " FROM project p JOIN site s ON s.site_id = p.site_id"
          + " LEFT JOIN LATERAL (SELECT m.name, m.state FROM milestone m"
          + "   WHERE m.project_id = p.project_id AND m.state <> 'ACCEPTED'"
          + "   ORDER BY m.seq LIMIT 1) cur ON true"
          + " WHERE p.site_id = ANY (?) ORDER BY p.created_at DESC, p.project_id LIMIT ?";

  private final AgroalDataSource db;

  public ProjectDirectory(AgroalDataSource db) {
    this.db = db;
  }

  public List<ProjectCard> projects(List<String> siteIds, String viewerId, boolean supervisor) {
    if (siteIds.isEmpty()) {
      return List.of();
    }
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(PROJECTS)) {
      ps.setString(1, viewerId);
      ps.setBoolean(2, supervisor);
      ps.setArray(3, c.createArrayOf("text", siteIds.toArray()));
      ps.setInt(4, MAX_PROJECTS);
      List<ProjectCard> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ProjectCard(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4),
                  rs.getInt(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getInt(8)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("project list failed", e);
    }
  }
}
