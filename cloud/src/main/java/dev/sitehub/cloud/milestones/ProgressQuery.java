package dev.sitehub.cloud.milestones;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers "how far are these projects?" for list pages, in one query over the milestone table. */
@ApplicationScoped
public class ProgressQuery {
  private static final String SQL =
      "SELECT m.project_id, count(*), count(*) FILTER (WHERE m.state = 'ACCEPTED'),"
          + " (array_agg(m.seq ORDER BY m.seq) FILTER (WHERE m.state <> 'ACCEPTED'))[1],"
          + " (array_agg(m.name ORDER BY m.seq) FILTER (WHERE m.state <> 'ACCEPTED'))[1],"
          + " (array_agg(m.state ORDER BY m.seq) FILTER (WHERE m.state <> 'ACCEPTED'))[1]"
          + " FROM milestone m WHERE m.project_id = ANY (?) GROUP BY m.project_id";
  private final AgroalDataSource db;

  ProgressQuery(AgroalDataSource db) {
    this.db = db;
  }

  /** Each project's progress; a project without milestones yet gets {@link StageProgress#none}. */
  public Map<String, StageProgress> of(List<String> projectIds) {
    Map<String, StageProgress> out = new HashMap<>();
    projectIds.forEach(p -> out.put(p, StageProgress.none(p)));
    if (projectIds.isEmpty()) {
      return out;
    }
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setArray(1, c.createArrayOf("text", projectIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int seq = rs.getInt(4);
          Integer current = rs.wasNull() ? null : seq;
          out.put(
              rs.getString(1),
              new StageProgress(
                  rs.getString(1),
                  rs.getInt(2),
                  rs.getInt(3),
                  current,
                  rs.getString(5),
                  rs.getString(6)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("progress query failed", e);
    }
  }
}
