package dev.sitehub.cloud;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.consultation.ConsultationService;
import dev.sitehub.cloud.consultation.InquiryRequest;
import dev.sitehub.cloud.enterprises.CertificateKind;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import dev.sitehub.cloud.enterprises.EnterpriseStatus;
import dev.sitehub.cloud.enterprises.VerificationDecision;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Records for the enterprise workspace rows of the authorization matrix: on the caller's own site
 * an inquiry addressed to the enterprise the caller administers (verified first, since customers
 * may only ask verified enterprises); on a foreign site an inquiry to a stranger's enterprise.
 */
@ApplicationScoped
public class WorkspaceMatrix {
  private final BusinessMatrix business;
  private final EnterpriseService enterprises;
  private final ConsultationService consultation;
  private final TestUsers users;

  public WorkspaceMatrix(
      BusinessMatrix business,
      EnterpriseService enterprises,
      ConsultationService consultation,
      TestUsers users) {
    this.business = business;
    this.enterprises = enterprises;
    this.consultation = consultation;
    this.users = users;
  }

  /** The enterprise id and an inquiry id of a thread addressed to it. */
  String[] inquiry(UserAccount caller, String siteId) {
    String enterpriseId = business.adminEnterprise(caller, siteId);
    if (business.own(caller, siteId)
        && enterprises.get(enterpriseId).status() != EnterpriseStatus.VERIFIED) {
      enterprises.addCertificate(
          enterpriseId,
          caller.userId(),
          CertificateKind.BUSINESS_LICENCE,
          "l.pdf",
          null,
          BusinessFixtures.PDF);
      enterprises.decide(
          enterpriseId, new VerificationDecision(EnterpriseStatus.VERIFIED, null), null);
    }
    String inquiryId =
        consultation
            .ask(
                new InquiryRequest("Quote", "How much?", List.of(enterpriseId)),
                users.user(Role.HOMEOWNER).userId())
            .get(0)
            .inquiryId();
    return new String[] {enterpriseId, inquiryId};
  }
}
