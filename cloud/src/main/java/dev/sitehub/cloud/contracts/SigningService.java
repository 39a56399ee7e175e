package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.audit.AuditAction;
import dev.sitehub.cloud.audit.AuditEntry;
import dev.sitehub.cloud.audit.AuditLog;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.enterprises.StaffMember;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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

  private final ContractRepository contracts;
  private final ContractAccess access;
  private final ProjectService projects;
  private final UnitOfWork work;
  private final Clock clock;

  private final AuditLog audit;

  SigningService(
      ContractRepository contracts,
      ContractAccess access,
      ProjectService projects,
      UnitOfWork work,
      Clock clock,
      AuditLog audit) {
    this.audit = audit;
    this.contracts = contracts;
    this.access = access;
    this.projects = projects;
    this.work = work;
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
    // Who the caller speaks for is asked of enterprises before the transaction opens.
    Optional<StaffMember> member = access.membership(userId);
    Instant now = clock.instant();
    Signed signed =
        work.write(
            () ->
                contracts
                    .lockedVersion(contractId, version)
                    .chain(
                        v -> {
                          if (v == null) {
                            throw ProblemException.notFound(
                                "contract-not-found", "no such contract version");
                          }
                          return signLocked(v, r, userId, member, origin, now);
                        })
                    .call(
                        s ->
                            audit.recording(
                                new AuditEntry(
                                    AuditAction.CONTRACT_SIGNED,
                                    userId,
                                    null,
                                    null,
                                    contractId,
                                    "v" + version + " " + s.partyKey()))));
    LOG.infof(
        "contract signed contract=%s version=%d party=%s user=%s filed=%s",
        contractId, version, signed.partyKey(), userId, signed.filed() != null);
    if (signed.filed() != null) {
      LOG.infof(
          "contract filed contract=%s version=%d filing=%s",
          contractId, version, signed.filed().filingNumber());
      projects.onFiled(signed.filed());
    }
    return signed.filed() != null;
  }

  /** The party that signed, and the version it filed if its signature was the last one. */
  private record Signed(String partyKey, ContractVersion filed) {}

  private Uni<Signed> signLocked(
      ContractVersionEntity locked,
      SignRequest r,
      String userId,
      Optional<StaffMember> member,
      Origin origin,
      Instant now) {
    String contractId = locked.contractId;
    int version = locked.version;
    ContractVersion v = contracts.view(locked);
    if (v.status() == VersionStatus.FILED) {
      Party party = access.signingParty(v.terms(), userId, member);
      return contracts
          .signatures(contractId)
          .map(
              all -> {
                boolean signed =
                    all.stream()
                        .anyMatch(s -> s.version() == version && s.partyKey().equals(party.key()));
                throw signed
                    ? alreadySigned()
                    : ProblemException.conflict(
                        "contract-already-filed", "this version is filed and immutable");
              });
    }
    String document = ContractDocument.render(contractId, version, v.terms());
    String sha = ContractDocument.fingerprint(document);
    return contracts
        .currentVersion(contractId)
        .chain(
            current -> {
              if (current.orElse(-1) != version) {
                throw ProblemException.conflict("version-superseded", "sign the current version");
              }
              Party party = access.signingParty(v.terms(), userId, member);
              if (!sha.equals(r.documentSha256())) {
                throw ProblemException.conflict(
                    "document-mismatch",
                    "the document changed since you were shown it; re-read and sign");
              }
              return contracts
                  .insertSignature(contractId, signature(version, party, userId, now, origin, sha))
                  .chain(
                      inserted -> {
                        if (!inserted) {
                          throw alreadySigned();
                        }
                        return contracts.signatures(contractId);
                      })
                  .chain(all -> fileIfComplete(locked, v, party, all, document, sha, now));
            });
  }

  /** Files the version when every party has signed it, else marks it as being signed. */
  private Uni<Signed> fileIfComplete(
      ContractVersionEntity locked,
      ContractVersion v,
      Party party,
      List<Signature> all,
      String document,
      String sha,
      Instant now) {
    boolean complete =
        v.terms().parties().stream()
            .allMatch(
                p ->
                    all.stream()
                        .anyMatch(s -> s.version() == v.version() && s.partyKey().equals(p.key())));
    if (complete) {
      return contracts
          .nextFilingSeq()
          .chain(
              seq -> {
                String filing = FilingNumber.format(now.atZone(ZoneOffset.UTC).getYear(), seq);
                locked.file(document, sha, filing, now);
                ContractVersion filed =
                    new ContractVersion(
                        v.contractId(),
                        v.version(),
                        VersionStatus.FILED,
                        v.terms(),
                        document,
                        sha,
                        filing,
                        now);
                return contracts.flush().replaceWith(new Signed(party.key(), filed));
              });
    }
    if (v.status() == VersionStatus.DRAFT) {
      locked.status = VersionStatus.SIGNING;
      return contracts.flush().replaceWith(new Signed(party.key(), null));
    }
    return Uni.createFrom().item(new Signed(party.key(), null));
  }

  private static Signature signature(
      int version, Party party, String userId, Instant now, Origin origin, String sha) {
    String agent = origin.userAgent() == null ? "" : origin.userAgent();
    return new Signature(
        version,
        party.key(),
        userId,
        now,
        origin.ip() == null ? "unknown" : origin.ip(),
        agent.length() > MAX_USER_AGENT ? agent.substring(0, MAX_USER_AGENT) : agent,
        sha);
  }

  private static ProblemException alreadySigned() {
    return ProblemException.conflict(
        "already-signed", "your party has already signed this version");
  }
}
