package dev.sitehub.cloud.contracts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to projects and their stages. */
@ApplicationScoped
public class ProjectRepository {
  private final AgroalDataSource db;

  public ProjectRepository(AgroalDataSource db) {
    this.db = db;
  }

  /** Inserts the project and its stages; false if the contract already has a project. */
  boolean insert(
      String projectId,
      String contractId,
      String siteId,
      String customerId,
      List<StagePayment> stages) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO project (project_id, contract_id, site_id, customer_id)"
                  + " VALUES (?,?,?,?) ON CONFLICT (contract_id) DO NOTHING")) {
        ps.setString(1, projectId);
        ps.setString(2, contractId);
        ps.setString(3, siteId);
        ps.setString(4, customerId);
        if (ps.executeUpdate() == 0) {
          c.rollback();
          return false;
        }
      }
      writeStages(c, projectId, stages);
      c.commit();
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("insert project failed", e);
    }
  }

  /**
   * Applies an amended plan: stages not yet started take the new amounts, new stages are added, and
   * pending stages the amendment dropped are removed. Started stages keep their history.
   */
  void replacePendingStages(String projectId, List<StagePayment> stages) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "DELETE FROM project_stage WHERE project_id = ? AND status = 'PENDING'")) {
        ps.setString(1, projectId);
        ps.executeUpdate();
      }
      writeStages(c, projectId, stages);
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("update project stages failed", e);
    }
  }

  private static void writeStages(Connection c, String projectId, List<StagePayment> stages)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO project_stage (project_id, seq, name, share_bp, amount_fen, payable_fen,"
                + " retained_fen) VALUES (?,?,?,?,?,?,?) ON CONFLICT (project_id, seq) DO NOTHING")) {
      for (StagePayment s : stages) {
        ps.setString(1, projectId);
        ps.setInt(2, s.seq());
        ps.setString(3, s.name());
        ps.setInt(4, s.shareBp());
        ps.setLong(5, s.amountFen());
        ps.setLong(6, s.payableFen());
        ps.setLong(7, s.retainedFen());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  public Optional<String> projectIdOf(String contractId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT project_id FROM project WHERE contract_id = ?")) {
      ps.setString(1, contractId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("project lookup failed", e);
    }
  }

  /** The projects on these sites, in id order. */
  List<String> projectIdsOnSites(List<String> siteIds) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT project_id FROM project WHERE site_id = ANY (?) ORDER BY project_id")) {
      ps.setArray(1, c.createArrayOf("text", siteIds.toArray()));
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("project lookup failed", e);
    }
  }

  public Optional<Project> find(String projectId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT p.project_id, p.contract_id, p.site_id, p.customer_id, p.status,"
                    + " s.seq, s.name, s.share_bp, s.amount_fen, s.payable_fen, s.retained_fen"
                    + " FROM project p LEFT JOIN project_stage s ON s.project_id = p.project_id"
                    + " WHERE p.project_id = ? ORDER BY s.seq")) {
      ps.setString(1, projectId);
      try (ResultSet rs = ps.executeQuery()) {
        String[] head = null;
        List<StagePayment> stages = new ArrayList<>();
        while (rs.next()) {
          if (head == null) {
            head =
                new String[] {
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)
                };
          }
          if (rs.getString(7) != null) {
            stages.add(
                new StagePayment(
                    rs.getInt(6),
                    rs.getString(7),
                    rs.getInt(8),
                    rs.getLong(9),
                    rs.getLong(10),
                    rs.getLong(11)));
          }
        }
        return head == null
            ? Optional.empty()
            : Optional.of(new Project(head[0], head[1], head[2], head[3], head[4], stages));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("project lookup failed", e);
    }
  }
}
