package dev.sitehub.cloud.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to contracts, their versions, parties and signatures. */
@ApplicationScoped
public class ContractRepository {
  private static final String VERSION_COLUMNS =
      "contract_id, version, status, terms::text, document, fingerprint, filing_number, filed_at";
  private final AgroalDataSource db;
  private final ObjectMapper json;

  public ContractRepository(AgroalDataSource db, ObjectMapper json) {
    this.db = db;
    this.json = json;
  }

  /** Inserts the contract, its parties and version 1 as a draft, in one transaction. */
  void insert(String contractId, ContractTerms terms, String createdBy) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO contract (contract_id, customer_id, created_by) VALUES (?,?,?)")) {
        ps.setString(1, contractId);
        ps.setString(2, terms.customer().id());
        ps.setString(3, createdBy);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO contract_party (contract_id, party_key, kind, party_id) VALUES (?,?,?,?)")) {
        for (Party p : terms.parties()) {
          ps.setString(1, contractId);
          ps.setString(2, p.key());
          ps.setString(3, p.kind().name());
          ps.setString(4, p.id());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      insertVersion(c, contractId, 1, terms, createdBy);
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("insert contract failed", e);
    }
  }

  /** Adds amendment version {@code version} as a draft and makes it current. */
  void insertAmendment(String contractId, int version, ContractTerms terms, String createdBy) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      insertVersion(c, contractId, version, terms, createdBy);
      try (PreparedStatement ps =
          c.prepareStatement("UPDATE contract SET current_version = ? WHERE contract_id = ?")) {
        ps.setInt(1, version);
        ps.setString(2, contractId);
        ps.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("insert amendment failed", e);
    }
  }

  private void insertVersion(
      Connection c, String contractId, int version, ContractTerms terms, String createdBy)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO contract_version (contract_id, version, status, terms, created_by)"
                + " VALUES (?, ?, 'DRAFT', ?::jsonb, ?)")) {
      ps.setString(1, contractId);
      ps.setInt(2, version);
      ps.setString(3, toJson(terms));
      ps.setString(4, createdBy);
      ps.executeUpdate();
    }
  }

  /** Replaces the terms of a version that is still a draft; false if it is not a draft. */
  boolean updateDraft(String contractId, int version, ContractTerms terms) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE contract_version SET terms = ?::jsonb"
                    + " WHERE contract_id = ? AND version = ? AND status = 'DRAFT'")) {
      ps.setString(1, toJson(terms));
      ps.setString(2, contractId);
      ps.setInt(3, version);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("update draft failed", e);
    }
  }

  /** The current version number, or empty if there is no such contract. */
  Optional<Integer> currentVersion(String contractId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT current_version FROM contract WHERE contract_id = ?")) {
      ps.setString(1, contractId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("contract lookup failed", e);
    }
  }

  Optional<ContractVersion> version(String contractId, int version) {
    try (Connection c = db.getConnection()) {
      return version(c, contractId, version, false);
    } catch (SQLException e) {
      throw new IllegalStateException("version lookup failed", e);
    }
  }

  Optional<ContractVersion> version(Connection c, String contractId, int version, boolean lock)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + VERSION_COLUMNS
                + " FROM contract_version WHERE contract_id = ? AND version = ?"
                + (lock ? " FOR UPDATE" : ""))) {
      ps.setString(1, contractId);
      ps.setInt(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(mapVersion(rs)) : Optional.empty();
      }
    }
  }

  List<ContractVersion> versions(String contractId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + VERSION_COLUMNS
                    + " FROM contract_version WHERE contract_id = ? ORDER BY version")) {
      ps.setString(1, contractId);
      List<ContractVersion> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(mapVersion(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("versions lookup failed", e);
    }
  }

  List<Signature> signatures(String contractId) {
    try (Connection c = db.getConnection()) {
      return signatures(c, contractId);
    } catch (SQLException e) {
      throw new IllegalStateException("signature lookup failed", e);
    }
  }

  List<Signature> signatures(Connection c, String contractId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT version, party_key, user_id, signed_at, ip, user_agent, document_sha256"
                + " FROM contract_signature WHERE contract_id = ? ORDER BY version, signed_at")) {
      ps.setString(1, contractId);
      List<Signature> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Signature(
                  rs.getInt(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getTimestamp(4).toInstant(),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
      return out;
    }
  }

  /** Contracts in which the user is the customer or works for a party enterprise. */
  List<String> contractIdsFor(String userId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT DISTINCT p.contract_id FROM contract_party p"
                    + " LEFT JOIN enterprise_staff s ON s.enterprise_id = p.party_id"
                    + "   AND s.status = 'ACTIVE'"
                    + " WHERE (p.kind = 'CUSTOMER' AND p.party_id = ?) OR s.user_id = ?"
                    + " ORDER BY p.contract_id LIMIT 500")) {
      ps.setString(1, userId);
      ps.setString(2, userId);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("contract list failed", e);
    }
  }

  private ContractVersion mapVersion(ResultSet rs) throws SQLException {
    Timestamp filed = rs.getTimestamp(8);
    return new ContractVersion(
        rs.getString(1),
        rs.getInt(2),
        VersionStatus.valueOf(rs.getString(3)),
        fromJson(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        filed == null ? null : filed.toInstant());
  }

  String toJson(ContractTerms terms) {
    try {
      return json.writeValueAsString(terms);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise contract terms", e);
    }
  }

  ContractTerms fromJson(String text) {
    try {
      return json.readValue(text, ContractTerms.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored contract terms unreadable", e);
    }
  }
}
