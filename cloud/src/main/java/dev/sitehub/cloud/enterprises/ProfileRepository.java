package dev.sitehub.cloud.enterprises;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to what a profile shows besides the enterprise row: certificates and references. */
@ApplicationScoped
public class ProfileRepository {
  private final AgroalDataSource db;

  public ProfileRepository(AgroalDataSource db) {
    this.db = db;
  }

  void insertCertificate(
      String certificateId,
      String enterpriseId,
      CertificateKind kind,
      String fileKey,
      String mediaType,
      long size,
      String sha256,
      String by) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO enterprise_certificate (certificate_id, enterprise_id, kind, file_key,"
                    + " media_type, size_bytes, sha256, uploaded_by) VALUES (?,?,?,?,?,?,?,?)")) {
      ps.setString(1, certificateId);
      ps.setString(2, enterpriseId);
      ps.setString(3, kind.name());
      ps.setString(4, fileKey);
      ps.setString(5, mediaType);
      ps.setLong(6, size);
      ps.setString(7, sha256);
      ps.setString(8, by);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("insert certificate failed", e);
    }
  }

  List<CertificateView> certificates(String enterpriseId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT certificate_id, kind, media_type, size_bytes, sha256, uploaded_at"
                    + " FROM enterprise_certificate WHERE enterprise_id = ? ORDER BY uploaded_at")) {
      ps.setString(1, enterpriseId);
      List<CertificateView> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new CertificateView(
                  rs.getString(1),
                  CertificateKind.valueOf(rs.getString(2)),
                  rs.getString(3),
                  rs.getLong(4),
                  rs.getString(5),
                  rs.getTimestamp(6).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("certificate query failed", e);
    }
  }

  /** The stored file key of one certificate of one enterprise. */
  Optional<String[]> certificateFile(String enterpriseId, String certificateId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT file_key, media_type FROM enterprise_certificate"
                    + " WHERE enterprise_id = ? AND certificate_id = ?")) {
      ps.setString(1, enterpriseId);
      ps.setString(2, certificateId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new String[] {rs.getString(1), rs.getString(2)})
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("certificate query failed", e);
    }
  }

  void insertReference(
      String referenceId,
      String enterpriseId,
      String ownerId,
      String title,
      String description,
      String city,
      java.time.LocalDate completedOn) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO enterprise_reference (reference_id, enterprise_id, owner_id, title,"
                    + " description, city, completed_on) VALUES (?,?,?,?,?,?,?)")) {
      ps.setString(1, referenceId);
      ps.setString(2, enterpriseId);
      ps.setString(3, ownerId);
      ps.setString(4, title);
      ps.setString(5, description);
      ps.setString(6, city);
      ps.setDate(7, completedOn == null ? null : Date.valueOf(completedOn));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("insert reference failed", e);
    }
  }

  /** Sets or withdraws the owner's consent; false if the reference is not the owner's. */
  boolean setConsent(String referenceId, String ownerId, boolean consent) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE enterprise_reference SET consent_at = "
                    + (consent ? "now()" : "NULL")
                    + " WHERE reference_id = ? AND owner_id = ?")) {
      ps.setString(1, referenceId);
      ps.setString(2, ownerId);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("consent update failed", e);
    }
  }

  /** References shown publicly: consented only. */
  List<ReferenceView> consentedReferences(String enterpriseId) {
    return references("enterprise_id = ? AND consent_at IS NOT NULL", enterpriseId);
  }

  /** References naming the owner, consented or not, so they can decide. */
  List<ReferenceView> referencesOfOwner(String ownerId) {
    return references("owner_id = ?", ownerId);
  }

  private List<ReferenceView> references(String where, String arg) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT reference_id, enterprise_id, title, description, city, completed_on,"
                    + " consent_at FROM enterprise_reference WHERE "
                    + where
                    + " ORDER BY completed_on DESC NULLS LAST, reference_id")) {
      ps.setString(1, arg);
      List<ReferenceView> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Date d = rs.getDate(6);
          Timestamp t = rs.getTimestamp(7);
          out.add(
              new ReferenceView(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  d == null ? null : d.toLocalDate(),
                  t == null ? null : t.toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("reference query failed", e);
    }
  }
}
