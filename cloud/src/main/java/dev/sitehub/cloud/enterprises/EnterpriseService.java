package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserDirectory;
import dev.sitehub.cloud.attachments.AttachmentConfig;
import dev.sitehub.cloud.attachments.AttachmentInspector;
import dev.sitehub.cloud.attachments.AttachmentStore;
import dev.sitehub.cloud.attachments.AttachmentType;
import dev.sitehub.cloud.attachments.StoredAttachment;
import dev.sitehub.cloud.audit.AuditAction;
import dev.sitehub.cloud.audit.AuditEntry;
import dev.sitehub.cloud.audit.AuditLog;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Registers enterprises, stores their certificates, lets operators verify or reject them, and is
 * the one place other features ask whether an enterprise may be chosen.
 */
@ApplicationScoped
public class EnterpriseService {
  private static final Logger LOG = Logger.getLogger(EnterpriseService.class);
  static final int MAX_TEXT = 200;
  static final int MAX_DESCRIPTION = 4000;
  static final int MAX_SPECIALTIES = 20;

  private final EnterpriseRepository enterprises;
  private final ProfileRepository profiles;
  private final StaffRepository staffRows;
  private final StaffService staff;
  private final EnterpriseRatings ratings;
  private final UserDirectory directory;
  private final AttachmentStore files;
  private final AttachmentInspector inspector;
  private final UnitOfWork work;
  private final Clock clock;
  private final Ids ids;

  private final AuditLog audit;

  EnterpriseService(
      EnterpriseRepository enterprises,
      ProfileRepository profiles,
      StaffRepository staffRows,
      StaffService staff,
      EnterpriseRatings ratings,
      UserDirectory directory,
      AttachmentStore files,
      AttachmentConfig attachments,
      UnitOfWork work,
      Clock clock,
      Ids ids,
      AuditLog audit) {
    this.audit = audit;
    this.enterprises = enterprises;
    this.profiles = profiles;
    this.staffRows = staffRows;
    this.staff = staff;
    this.ratings = ratings;
    this.directory = directory;
    this.files = files;
    this.inspector = new AttachmentInspector(attachments.maxBytes());
    this.work = work;
    this.clock = clock;
    this.ids = ids;
  }

  /** Registers a PENDING enterprise with {@code adminUserId} as its admin. */
  public Enterprise register(EnterpriseDraft draft, String adminUserId) {
    Enterprise e = validate(ids.next("ent"), draft);
    if (staff.membership(adminUserId).isPresent()) {
      throw ProblemException.conflict(
          "already-in-an-enterprise", "a person may belong to one enterprise only");
    }
    if (!inserted(e, adminUserId)) {
      throw ProblemException.conflict(
          "enterprise-already-registered", "this credit code or person is already registered");
    }
    LOG.infof(
        "enterprise registered enterprise=%s type=%s admin=%s",
        e.enterpriseId(), e.type(), adminUserId);
    return get(e.enterpriseId());
  }

  /**
   * Inserts the enterprise and makes {@code adminUserId} its active ENTERPRISE_ADMIN, granting the
   * role, all in one transaction. Returns false if the credit code or the person is taken.
   */
  boolean inserted(Enterprise e, String adminUserId) {
    Instant now = clock.instant();
    double prior = ratings.rating().score(0, 0);
    try {
      return work.write(
          () ->
              enterprises
                  .creditCodeTaken(e.creditCode())
                  .chain(
                      taken ->
                          taken
                              ? Uni.createFrom().item(false)
                              : enterprises
                                  .persist(new EnterpriseEntity(e, adminUserId, prior, now))
                                  .chain(
                                      () ->
                                          staffRows.persist(
                                              StaffEntity.founder(
                                                  adminUserId, e.enterpriseId(), now)))
                                  .chain(enterprises::flush)
                                  .chain(
                                      () ->
                                          directory.grantingRole(
                                              adminUserId, Role.ENTERPRISE_ADMIN))
                                  .replaceWith(true)));
    } catch (RuntimeException ex) {
      // Taken by a concurrent registration: the keys on credit code and person refused it.
      if (UnitOfWork.isUniqueViolation(ex)) {
        return false;
      }
      throw ex;
    }
  }

  static Enterprise validate(String id, EnterpriseDraft d) {
    if (d == null) {
      throw ProblemException.badRequest("invalid-request", "body required");
    }
    if (d.type() == null) {
      throw ProblemException.badRequest(
          "invalid-enterprise-type",
          "type must be one of MATERIAL_SUPPLIER, DESIGN_COMPANY, DECORATION_COMPANY,"
              + " SUPERVISION_COMPANY");
    }
    String code = CreditCode.normalise(d.creditCode());
    CreditCode.defect(code)
        .ifPresent(
            defect -> {
              throw ProblemException.badRequest(
                  "invalid-credit-code",
                  "unified social credit code refused: " + defect.name().toLowerCase(Locale.ROOT));
            });
    int band = d.priceBand() == null ? 3 : d.priceBand();
    if (band < 1 || band > 5) {
      throw ProblemException.badRequest("invalid-price-band", "price band must be 1-5");
    }
    return new Enterprise(
        id,
        d.type(),
        text("name", d.name(), true, MAX_TEXT),
        code,
        text("city", d.city(), true, MAX_TEXT),
        text("district", d.district(), false, MAX_TEXT),
        specialties(d.specialties()),
        band,
        text("description", d.description(), false, MAX_DESCRIPTION),
        EnterpriseStatus.PENDING,
        null,
        0,
        0,
        null);
  }

  private static List<String> specialties(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String s : raw) {
      String t = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
      if (t.isEmpty() || t.length() > 40) {
        throw ProblemException.badRequest(
            "invalid-specialties", "each specialty must be 1-40 characters");
      }
      out.add(t);
    }
    if (out.size() > MAX_SPECIALTIES) {
      throw ProblemException.badRequest(
          "invalid-specialties", "at most " + MAX_SPECIALTIES + " specialties");
    }
    return new ArrayList<>(out);
  }

  static String text(String field, String value, boolean required, int max) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw ProblemException.badRequest("invalid-" + field, field + " is required");
      }
      return "";
    }
    if (value.length() > max) {
      throw ProblemException.badRequest(
          "invalid-" + field, field + " must be at most " + max + " characters");
    }
    return value.strip();
  }

  /**
   * The admin's edit of the profile's editable fields, under the same rules as registration. Once
   * an operator has verified the enterprise, its name is the one checked against the business
   * licence, so it can no longer change; type and credit code never change here.
   */
  public Enterprise updateProfile(String enterpriseId, String adminUserId, UpdateProfileRequest r) {
    staff.requireAdmin(adminUserId, enterpriseId);
    if (r == null) {
      throw ProblemException.badRequest("invalid-request", "body required");
    }
    Enterprise e = get(enterpriseId);
    String name = text("name", r.name(), true, MAX_TEXT);
    if (e.status() == EnterpriseStatus.VERIFIED && !name.equals(e.name())) {
      throw ProblemException.conflict(
          "verified-name-locked", "the name of a verified enterprise cannot change");
    }
    int band = r.priceBand() == null ? e.priceBand() : r.priceBand();
    if (band < 1 || band > 5) {
      throw ProblemException.badRequest("invalid-price-band", "price band must be 1-5");
    }
    Enterprise changed =
        new Enterprise(
            enterpriseId,
            e.type(),
            name,
            e.creditCode(),
            text("city", r.city(), true, MAX_TEXT),
            text("district", r.district(), false, MAX_TEXT),
            specialties(r.specialties()),
            band,
            text("description", r.description(), false, MAX_DESCRIPTION),
            e.status(),
            e.statusReason(),
            e.ratingCount(),
            e.ratingSum(),
            e.createdAt());
    work.write(
        () ->
            enterprises
                .findById(enterpriseId)
                .invoke(x -> x.edit(changed))
                .chain(enterprises::flush));
    LOG.infof("enterprise profile updated enterprise=%s by=%s", enterpriseId, adminUserId);
    return get(enterpriseId);
  }

  public Enterprise get(String enterpriseId) {
    return work.read(() -> enterprises.find(enterpriseId))
        .orElseThrow(() -> ProblemException.notFound("enterprise-not-found", "no such enterprise"));
  }

  /**
   * The enterprise, if a customer may choose it in the given capacity: it must exist, be of {@code
   * expected} type and be verified. Every refusal has its own problem type.
   */
  public Enterprise requireChoosable(String enterpriseId, EnterpriseType expected) {
    Enterprise e = get(enterpriseId);
    if (expected != null && e.type() != expected) {
      throw ProblemException.badRequest(
          "wrong-enterprise-type",
          "enterprise " + enterpriseId + " is a " + e.type() + ", not a " + expected);
    }
    if (e.status() != EnterpriseStatus.VERIFIED) {
      throw ProblemException.conflict(
          "enterprise-not-verified", "enterprise " + enterpriseId + " is not verified");
    }
    return e;
  }

  /** Checks and stores a certificate upload by the enterprise's admin. */
  public CertificateView addCertificate(
      String enterpriseId,
      String userId,
      CertificateKind kind,
      String fileName,
      String contentType,
      byte[] content) {
    staff.requireAdmin(userId, enterpriseId);
    if (kind == null) {
      throw ProblemException.badRequest(
          "invalid-certificate-kind", "kind must be BUSINESS_LICENCE or QUALIFICATION");
    }
    AttachmentType type = inspector.inspect(fileName, contentType, content);
    StoredAttachment stored = files.put(content, type);
    String id = ids.next("crt");
    CertificateEntity row =
        new CertificateEntity(
            id,
            enterpriseId,
            kind,
            stored.key(),
            type.mediaType(),
            stored.size(),
            stored.sha256(),
            userId,
            clock.instant());
    work.write(() -> profiles.insertCertificate(row));
    LOG.infof(
        "certificate stored enterprise=%s certificate=%s kind=%s bytes=%d",
        enterpriseId, id, kind, stored.size());
    return certificates(enterpriseId).stream()
        .filter(c -> c.certificateId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  public List<CertificateView> certificates(String enterpriseId) {
    get(enterpriseId);
    return work.read(() -> profiles.certificates(enterpriseId));
  }

  /** The certificate file and its media type. */
  public CertificateFile certificateFile(String enterpriseId, String certificateId) {
    String[] row =
        work.read(() -> profiles.certificateFile(enterpriseId, certificateId))
            .orElseThrow(
                () -> ProblemException.notFound("certificate-not-found", "no such certificate"));
    byte[] content =
        files
            .get(row[0])
            .orElseThrow(() -> ProblemException.notFound("certificate-not-found", "file missing"));
    return new CertificateFile(row[1], content);
  }

  /** A certificate's bytes and media type. */
  public record CertificateFile(String mediaType, byte[] content) {}

  public List<Enterprise> pending() {
    return work.read(() -> enterprises.pending(200));
  }

  /** An operator's decision; rejecting needs a reason, verifying needs a business licence. */
  public Enterprise decide(String enterpriseId, VerificationDecision d, String operatorId) {
    if (d == null || d.decision() == null || d.decision() == EnterpriseStatus.PENDING) {
      throw ProblemException.badRequest(
          "invalid-decision", "decision must be VERIFIED or REJECTED");
    }
    get(enterpriseId);
    String reason = d.reason() == null ? null : d.reason().strip();
    if (d.decision() == EnterpriseStatus.REJECTED && (reason == null || reason.isEmpty())) {
      throw ProblemException.badRequest("rejection-reason-required", "say why it is rejected");
    }
    if (d.decision() == EnterpriseStatus.VERIFIED
        && certificates(enterpriseId).stream()
            .noneMatch(c -> c.kind() == CertificateKind.BUSINESS_LICENCE)) {
      throw ProblemException.conflict(
          "certificate-missing", "a business licence must be uploaded before verification");
    }
    Instant now = clock.instant();
    work.write(
        () ->
            enterprises
                .locked(enterpriseId)
                .invoke(x -> x.decide(d.decision(), reason, operatorId, now))
                .chain(enterprises::flush)
                .chain(
                    () ->
                        d.decision() == EnterpriseStatus.VERIFIED
                            ? staffRows.grantingRolesOfActive(enterpriseId, operatorId)
                            : Uni.createFrom().voidItem())
                .chain(
                    () ->
                        audit.recording(
                            new AuditEntry(
                                d.decision() == EnterpriseStatus.VERIFIED
                                    ? AuditAction.ENTERPRISE_VERIFIED
                                    : AuditAction.ENTERPRISE_REJECTED,
                                operatorId,
                                null,
                                null,
                                enterpriseId,
                                null))));
    LOG.infof(
        "enterprise decided enterprise=%s decision=%s by=%s",
        enterpriseId, d.decision(), operatorId);
    return get(enterpriseId);
  }
}
