package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.common.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Records signatures and files the contract after the last one: each signature must carry the
 * SHA-256 of exactly the document the server renders for that version, and the last signature
 * freezes the version with its document, fingerprint and filing number in the same transaction.
 */
@ApplicationScoped
public class SigningService {
  private static final Logger LOG = Logger.getLogger(SigningService.class);
  static final int MAX_USER_AGENT = 500;

  private final AgroalDataSource db;
  private final ContractRepository contracts;
  private final ContractAccess access;
  private final ProjectService projects;
  private final Clock clock;

  public SigningService(
      AgroalDataSource db,
      ContractRepository contracts,
      ContractAccess access,
      ProjectService projects,
      Clock clock) {
    this.db = db;
    this.contracts = contracts;
    this.access = access;
    this.projects = projects;
    this.clock = clock;
  }

  /** Where a signature came from, as seen by the server. */
  public record Origin(String ip, String userAgent) {}

  /** Signs {@code version} for the caller's party; returns true if this filed the version. */
  public boolean sign(String contractId, int version, SignRequest r, String userId, Origin origin) {
    if (r == null || r.documentSha256() == null || !r.documentSha256().matches("[0-9a-f]{64}")) {
      throw ProblemException.badRequest(
          "invalid-signature", "documentSha256 must be the lower-case hex SHA-256 you were shown");
    }
    ContractVersion filed = null;
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      ContractVersion v =
          contracts
              .version(c, contractId, version, true)
              .orElseThrow(
                  () ->
                      ProblemException.notFound("contract-not-found", "no such contract version"));
      if (v.status() == VersionStatus.FILED) {
        Party p = access.signingParty(v.terms(), userId);
        throw alreadySignedOr(c, contractId, version, p, "contract-already-filed");
      }
      if (currentVersion(c, contractId) != version) {
        throw ProblemException.conflict("version-superseded", "sign the current version");
      }
      Party party = access.signingParty(v.terms(), userId);
      String document = ContractDocument.render(contractId, version, v.terms());
      String sha = ContractDocument.fingerprint(document);
      if (!sha.equals(r.documentSha256())) {
        throw ProblemException.conflict(
            "document-mismatch", "the document changed since you were shown it; re-read and sign");
      }
      Instant now = clock.instant();
      if (!insertSignature(c, contractId, version, party, userId, now, origin, sha)) {
        throw ProblemException.conflict(
            "already-signed", "your party has already signed this version");
      }
      List<Signature> signed =
          contracts.signatures(c, contractId).stream().filter(s -> s.version() == version).toList();
      boolean complete =
          v.terms().parties().stream()
              .allMatch(p -> signed.stream().anyMatch(s -> s.partyKey().equals(p.key())));
      if (complete) {
        String filing = FilingNumber.format(now.atZone(ZoneOffset.UTC).getYear(), nextFilingSeq(c));
        file(c, contractId, version, document, sha, filing, now);
        filed =
            new ContractVersion(
                contractId, version, VersionStatus.FILED, v.terms(), document, sha, filing, now);
      } else if (v.status() == VersionStatus.DRAFT) {
        setStatus(c, contractId, version, VersionStatus.SIGNING);
      }
      c.commit();
      LOG.infof(
          "contract signed contract=%s version=%d party=%s user=%s filed=%s",
          contractId, version, party.key(), userId, complete);
    } catch (SQLException e) {
      throw new IllegalStateException("signing failed", e);
    }
    if (filed != null) {
      LOG.infof(
          "contract filed contract=%s version=%d filing=%s",
          contractId, version, filed.filingNumber());
      projects.onFiled(filed);
    }
    return filed != null;
  }

  private ProblemException alreadySignedOr(
      Connection c, String contractId, int version, Party p, String otherwise) throws SQLException {
    boolean signed =
        contracts.signatures(c, contractId).stream()
            .anyMatch(s -> s.version() == version && s.partyKey().equals(p.key()));
    return signed
        ? ProblemException.conflict("already-signed", "your party has already signed this version")
        : ProblemException.conflict(otherwise, "this version is filed and immutable");
  }

  private static int currentVersion(Connection c, String contractId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT current_version FROM contract WHERE contract_id = ?")) {
      ps.setString(1, contractId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static boolean insertSignature(
      Connection c,
      String contractId,
      int version,
      Party party,
      String userId,
      Instant now,
      Origin origin,
      String sha)
      throws SQLException {
    String agent = origin.userAgent() == null ? "" : origin.userAgent();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO contract_signature (contract_id, version, party_key, user_id, signed_at,"
                + " ip, user_agent, document_sha256) VALUES (?,?,?,?,?,?,?,?)"
                + " ON CONFLICT DO NOTHING")) {
      ps.setString(1, contractId);
      ps.setInt(2, version);
      ps.setString(3, party.key());
      ps.setString(4, userId);
      ps.setTimestamp(5, Timestamp.from(now));
      ps.setString(6, origin.ip() == null ? "unknown" : origin.ip());
      ps.setString(7, agent.length() > MAX_USER_AGENT ? agent.substring(0, MAX_USER_AGENT) : agent);
      ps.setString(8, sha);
      return ps.executeUpdate() == 1;
    }
  }

  private static long nextFilingSeq(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT nextval('filing_seq')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void setStatus(Connection c, String contractId, int version, VersionStatus s)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE contract_version SET status = ? WHERE contract_id = ? AND version = ?")) {
      ps.setString(1, s.name());
      ps.setString(2, contractId);
      ps.setInt(3, version);
      ps.executeUpdate();
    }
  }

  private static void file(
      Connection c,
      String contractId,
      int version,
      String document,
      String sha,
      String filing,
      Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE contract_version SET status = 'FILED', document = ?, fingerprint = ?,"
                + " filing_number = ?, filed_at = ? WHERE contract_id = ? AND version = ?")) {
      ps.setString(1, document);
      ps.setString(2, sha);
      ps.setString(3, filing);
      ps.setTimestamp(4, Timestamp.from(now));
      ps.setString(5, contractId);
      ps.setInt(6, version);
      ps.executeUpdate();
    }
  }
}
