package dev.sitehub.cloud.timeline;

import dev.sitehub.cloud.contracts.VersionStatus;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only list of the contracts an enterprise is party to, in one query: each one's current
 * version state, its project and the project's current stage, newest first.
 */
@ApplicationScoped
public class EnterpriseProjects {
  static final int MAX_CONTRACTS = 200;
  private static final String CONTRACTS =
      "SELECT c.contract_id, v.terms ->> 'title', v.terms ->> 'siteName', v.status, p.project_id,"
          + " (SELECT count(*) FROM milestone m WHERE m.project_id = p.project_id),"
          + " (SELECT count(*) FROM milestone m WHERE m.project_id = p.project_id"
          + "   AND m.state = 'ACCEPTED'),"
          + " cur.seq, cur.name, cur.state"
          + " FROM contract_party cp JOIN contract c ON c.contract_id = cp.contract_id"
          + " JOIN contract_version v ON v.contract_id = c.contract_id"
          + "   AND v.version = c.current_version"
          + " LEFT JOIN project p ON p.contract_id = c.contract_id"
          + " LEFT JOIN LATERAL (SELECT m.seq, m.name, m.state FROM milestone m"
          + "   WHERE m.project_id = p.project_id AND m.state <> 'ACCEPTED'"
          + "   ORDER BY m.seq LIMIT 1) cur ON true"
          + " WHERE cp.party_id = ? AND cp.kind <> 'CUSTOMER'"
          + " ORDER BY c.created_at DESC, c.contract_id LIMIT ?";

  private final AgroalDataSource db;

  public EnterpriseProjects(AgroalDataSource db) {
    this.db = db;
  }

  public List<EnterpriseProjectCard> of(String enterpriseId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(CONTRACTS)) {
      ps.setString(1, enterpriseId);
      ps.setInt(2, MAX_CONTRACTS);
      List<EnterpriseProjectCard> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int seq = rs.getInt(8);
          out.add(
              new EnterpriseProjectCard(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  VersionStatus.valueOf(rs.getString(4)),
                  rs.getString(5),
                  rs.getInt(6),
                  rs.getInt(7),
                  rs.wasNull() ? null : seq,
                  rs.getString(9),
                  rs.getString(10)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("enterprise contract list failed", e);
    }
  }
}
