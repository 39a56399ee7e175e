package dev.sitehub.cloud.acceptance;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers "how many acceptance records wait for a signature?" per project, for list pages. */
@ApplicationScoped
public class AwaitingSignatures {
  private static final String SQL =
      "SELECT project_id, count(*) FILTER (WHERE state = 'AWAITING_CUSTOMER'),"
          + " count(*) FILTER (WHERE state = 'AWAITING_SUPERVISOR')"
          + " FROM acceptance_record WHERE project_id = ANY (?) GROUP BY project_id";
  private final AgroalDataSource db;

  AwaitingSignatures(AgroalDataSource db) {
    this.db = db;
  }

  /** Records waiting for the customer and for the supervisor, by project. */
  public record Counts(int customer, int supervisor) {}

  /** Each project's counts; projects with no waiting record are absent. */
  public Map<String, Counts> of(List<String> projectIds) {
    Map<String, Counts> out = new HashMap<>();
    if (projectIds.isEmpty()) {
      return out;
    }
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setArray(1, c.createArrayOf("text", projectIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new Counts(rs.getInt(2), rs.getInt(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("awaiting signatures query failed", e);
    }
  }
}
