package dev.sitehub.cloud.contracts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The list questions other features ask about projects and contracts, one query each. */
@ApplicationScoped
public class ContractListings {
  private static final String PROJECTS =
      "SELECT p.project_id, p.site_id, p.customer_id,"
          + " (SELECT count(*) FROM project_stage st WHERE st.project_id = p.project_id)"
          + " FROM project p WHERE p.site_id = ANY (?)"
          + " ORDER BY p.created_at DESC, p.project_id LIMIT ?";
  private static final String OF_PARTY =
      "SELECT c.contract_id, v.terms ->> 'title', v.terms ->> 'siteName', v.status, p.project_id"
          + " FROM contract_party cp JOIN contract c ON c.contract_id = cp.contract_id"
          + " JOIN contract_version v ON v.contract_id = c.contract_id"
          + "   AND v.version = c.current_version"
          + " LEFT JOIN project p ON p.contract_id = c.contract_id"
          + " WHERE cp.party_id = ? AND cp.kind <> 'CUSTOMER'"
          + " ORDER BY c.created_at DESC, c.contract_id LIMIT ?";
  private final AgroalDataSource db;

  ContractListings(AgroalDataSource db) {
    this.db = db;
  }

  /** The projects on these sites, newest first, at most {@code limit}. */
  public List<ProjectListing> projectsOnSites(List<String> siteIds, int limit) {
    List<ProjectListing> out = new ArrayList<>();
    if (siteIds.isEmpty()) {
      return out;
    }
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(PROJECTS)) {
      ps.setArray(1, c.createArrayOf("text", siteIds.toArray()));
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ProjectListing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("project list failed", e);
    }
  }

  /** The contracts the enterprise is party to (not as customer), newest first. */
  public List<PartyContract> ofParty(String enterpriseId, int limit) {
    List<PartyContract> out = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(OF_PARTY)) {
      ps.setString(1, enterpriseId);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new PartyContract(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  VersionStatus.valueOf(rs.getString(4)),
                  rs.getString(5)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("enterprise contract list failed", e);
    }
  }
}
