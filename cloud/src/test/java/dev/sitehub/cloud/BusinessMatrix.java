package dev.sitehub.cloud;

import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteMemberships;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.consultation.ConsultationService;
import dev.sitehub.cloud.consultation.InquiryRequest;
import dev.sitehub.cloud.contracts.ContractChanges;
import dev.sitehub.cloud.contracts.ContractService;
import dev.sitehub.cloud.contracts.ContractView;
import dev.sitehub.cloud.contracts.DraftContractRequest;
import dev.sitehub.cloud.contracts.SignRequest;
import dev.sitehub.cloud.contracts.SigningService;
import dev.sitehub.cloud.contracts.StaffRequest;
import dev.sitehub.cloud.enterprises.AddReferenceRequest;
import dev.sitehub.cloud.enterprises.CertificateKind;
import dev.sitehub.cloud.enterprises.EnterpriseDraft;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import dev.sitehub.cloud.enterprises.InviteStaffRequest;
import dev.sitehub.cloud.enterprises.LibraryService;
import dev.sitehub.cloud.enterprises.StaffMember;
import dev.sitehub.cloud.enterprises.StaffService;
import dev.sitehub.cloud.messaging.MessageView;
import dev.sitehub.cloud.messaging.MessagingService;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Business records for the authorization matrix: for a call on the caller's "own" site it builds a
 * record the caller is party to (customer, enterprise admin, invitee, home owner); on a foreign
 * site, the same kind of record belonging to strangers.
 */
@ApplicationScoped
public class BusinessMatrix {
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

  private final TestUsers users;
  private final BusinessFixtures fixtures;
  private final SiteMemberships accounts;
  private final StaffService staff;
  private final EnterpriseService enterprises;
  private final ConsultationService consultation;
  private final ContractService contracts;
  private final SigningService signing;
  private final LibraryService library;
  private final MessagingService messaging;
  private final AgroalDataSource db;

  /** The verified decoration company every contract and inquiry is made with (built once). */
  private Company partner;

  public BusinessMatrix(
      TestUsers users,
      BusinessFixtures fixtures,
      SiteMemberships accounts,
      StaffService staff,
      EnterpriseService enterprises,
      ConsultationService consultation,
      ContractService contracts,
      SigningService signing,
      LibraryService library,
      MessagingService messaging,
      AgroalDataSource db) {
    this.users = users;
    this.fixtures = fixtures;
    this.accounts = accounts;
    this.staff = staff;
    this.enterprises = enterprises;
    this.consultation = consultation;
    this.contracts = contracts;
    this.signing = signing;
    this.library = library;
    this.messaging = messaging;
    this.db = db;
  }

  synchronized Company partner() {
    if (partner == null) {
      partner =
          fixtures.company(
              EnterpriseType.DECORATION_COMPANY, fixtures.uniqueCity(), true, Role.PROJECT_MANAGER);
    }
    return partner;
  }

  /** Whether the call targets the caller's own site, i.e. should use the caller's own records. */
  boolean own(UserAccount caller, String siteId) {
    return accounts.isMember(siteId, caller.userId());
  }

  private UserAccount customer(UserAccount caller, String siteId) {
    return own(caller, siteId) ? caller : users.user(Role.HOMEOWNER);
  }

  /** A fresh valid credit code, for registrations made through the API. */
  String partnerCreditCode() {
    return fixtures.creditCode();
  }

  String pendingEnterpriseWithLicence() {
    Company c = fixtures.company(EnterpriseType.DESIGN_COMPANY, fixtures.uniqueCity(), false);
    enterprises.addCertificate(
        c.id(),
        c.admin().userId(),
        CertificateKind.BUSINESS_LICENCE,
        "l.pdf",
        null,
        BusinessFixtures.PDF);
    return c.id();
  }

  String inquiry(UserAccount caller, String siteId) {
    return consultation
        .ask(
            new InquiryRequest("Quote", "How much?", List.of(partner().id())),
            customer(caller, siteId).userId())
        .get(0)
        .inquiryId();
  }

  Map<String, Object> draftBody() {
    return Map.of(
        "decorationCompanyId",
        partner().id(),
        "terms",
        Map.of(
            "siteName",
            "Flat",
            "siteAddress",
            "1 Road",
            "scope",
            "Kitchen",
            "totalFen",
            1_000_000,
            "startDate",
            "2026-12-01",
            "endDate",
            "2027-01-01",
            "staff",
            List.of(Map.of("role", "PROJECT_MANAGER", "userId", pm()))));
  }

  private String pm() {
    return partner().staff().get(Role.PROJECT_MANAGER).userId();
  }

  ContractView draft(UserAccount caller, String siteId) {
    return contracts.draft(
        new DraftContractRequest(
            null,
            partner().id(),
            null,
            null,
            null,
            new ContractChanges(
                null,
                "Flat",
                "1 Road",
                "Kitchen",
                1_000_000L,
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 1),
                null,
                null,
                List.of(new StaffRequest(Role.PROJECT_MANAGER, pm())),
                null)),
        customer(caller, siteId).userId());
  }

  ContractView filed(UserAccount caller, String siteId) {
    ContractView v = draft(caller, siteId);
    SignRequest sign = new SignRequest(v.documentSha256());
    SigningService.Origin origin = new SigningService.Origin("127.0.0.1", "matrix");
    signing.sign(v.contractId(), 1, sign, v.terms().customer().id(), origin);
    signing.sign(v.contractId(), 1, sign, partner().admin().userId(), origin);
    return contracts.view(v.contractId(), null, false);
  }

  String project(UserAccount caller, String siteId) {
    return filed(caller, siteId).projectId();
  }

  /** A project and a message with an attachment in it. */
  MessageView attachment(UserAccount caller, String siteId) {
    ContractView v = filed(caller, siteId);
    return messaging.postAttachment(
        v.projectId(), v.terms().customer().id(), "crack", "crack.png", "image/png", PNG);
  }

  String reference(UserAccount caller, String siteId) {
    return library
        .addReference(
            partner().id(),
            partner().admin().userId(),
            new AddReferenceRequest(customer(caller, siteId).username(), "Loft", "", "", null))
        .referenceId();
  }

  /**
   * The caller's own enterprise (registering one if needed) on their own site; else a stranger's.
   */
  String adminEnterprise(UserAccount caller, String siteId) {
    if (!own(caller, siteId)) {
      return partner().id();
    }
    Optional<StaffMember> m = staff.activeMembership(caller.userId());
    if (m.isPresent() && m.get().role() == Role.ENTERPRISE_ADMIN) {
      return m.get().enterpriseId();
    }
    leaveEnterprise(caller);
    return enterprises
        .register(
            new EnterpriseDraft(
                EnterpriseType.DECORATION_COMPANY,
                "Own Co",
                fixtures.creditCode(),
                "c",
                "",
                List.of(),
                3,
                ""),
            caller.userId())
        .enterpriseId();
  }

  /** An enterprise id and one of its certificates. */
  String[] certificate(UserAccount caller, String siteId) {
    String enterpriseId = adminEnterprise(caller, siteId);
    String admin = own(caller, siteId) ? caller.userId() : partner().admin().userId();
    String cert =
        enterprises
            .addCertificate(
                enterpriseId,
                admin,
                CertificateKind.QUALIFICATION,
                "q.pdf",
                null,
                BusinessFixtures.PDF)
            .certificateId();
    return new String[] {enterpriseId, cert};
  }

  /** An enterprise that invited the caller (own site) or did not (foreign site). */
  String invitation(UserAccount caller, String siteId) {
    if (!own(caller, siteId)) {
      return partner().id();
    }
    leaveEnterprise(caller);
    Company c = fixtures.company(EnterpriseType.DECORATION_COMPANY, fixtures.uniqueCity(), false);
    staff.invite(
        c.id(),
        c.admin().userId(),
        new InviteStaffRequest(caller.username(), Role.PROJECT_MANAGER, ""));
    return c.id();
  }

  /** Test data reset: frees the caller from an enterprise so the next step may bind them anew. */
  /**
   * deals: an inquiry a contract may be drafted from, and a project manager to name: on the own
   * site, a fresh homeowner's inquiry to the caller's own decoration company (verified here, with a
   * project manager joined if it has none); on a foreign one, an inquiry to the partner.
   */
  String[] draftableInquiry(UserAccount caller, String siteId) {
    String enterpriseId = own(caller, siteId) ? adminEnterprise(caller, siteId) : partner().id();
    if (enterprises.get(enterpriseId).status()
        != dev.sitehub.cloud.enterprises.EnterpriseStatus.VERIFIED) {
      enterprises.addCertificate(
          enterpriseId,
          caller.userId(),
          CertificateKind.BUSINESS_LICENCE,
          "l.pdf",
          null,
          BusinessFixtures.PDF);
      enterprises.decide(
          enterpriseId,
          new dev.sitehub.cloud.enterprises.VerificationDecision(
              dev.sitehub.cloud.enterprises.EnterpriseStatus.VERIFIED, null),
          null);
    }
    String pm =
        staff.active(enterpriseId).stream()
            .filter(m -> m.role() == Role.PROJECT_MANAGER)
            .map(StaffMember::userId)
            .findFirst()
            .orElseGet(
                () -> {
                  UserAccount u = users.user(Role.HOMEOWNER);
                  staff.invite(
                      enterpriseId,
                      caller.userId(),
                      new InviteStaffRequest(u.username(), Role.PROJECT_MANAGER, "pm"));
                  staff.accept(enterpriseId, u.userId());
                  return u.userId();
                });
    String inquiry =
        consultation
            .ask(
                new InquiryRequest("Quote", "How much?", List.of(enterpriseId)),
                users.user(Role.HOMEOWNER).userId())
            .get(0)
            .inquiryId();
    return new String[] {inquiry, pm};
  }

  /** deals: the caller leaves any enterprise, so that registering one through the portal works. */
  void leaveAnyEnterprise(UserAccount caller) {
    leaveEnterprise(caller);
  }

  private void leaveEnterprise(UserAccount caller) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("DELETE FROM enterprise_staff WHERE user_id = ?")) {
      ps.setString(1, caller.userId());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
