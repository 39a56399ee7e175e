package dev.sitehub.cloud.enterprises;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the enterprise workspace pages in English; entmsg_zh_CN.properties holds the Chinese
 * ones under the same keys.
 */
@MessageBundle(value = "entmsg", locale = "en")
public interface WorkspaceMessages {
  @Message("Enterprise")
  String navLink();

  @Message("Enterprise workspace")
  String title();

  @Message("Workspace sections")
  String sections();

  @Message("Profile and staff")
  String sectionProfile();

  @Message("Inquiries")
  String sectionInquiries();

  @Message("Contracts and projects")
  String sectionProjects();

  @Message("Public profile")
  String publicProfile();

  @Message("Your role")
  String yourRole();

  @Message("Verification")
  String verification();

  @Message("Waiting for verification")
  String statusPending();

  @Message("Verified")
  String statusVerified();

  @Message("Rejected")
  String statusRejected();

  @Message("Reason")
  String statusReason();

  @Message("Profile")
  String profileTitle();

  @Message("Edit profile")
  String editProfileTitle();

  @Message("Name")
  String name();

  @Message("The name was verified against the business licence and can no longer change.")
  String nameLocked();

  @Message("District")
  String district();

  @Message("Separate with commas, for example: kitchen, bathroom")
  String specialtiesHint();

  @Message("Description")
  String description();

  @Message("Price band (1 low, 5 high)")
  String priceBandLabel();

  @Message("Save profile")
  String saveProfile();

  @Message("Profile saved.")
  String profileSaved();

  @Message("Staff")
  String staffTitle();

  @Message("Nobody yet.")
  String noStaff();

  @Message("Name")
  String colName();

  @Message("Role")
  String colRole();

  @Message("Title")
  String colTitle();

  @Message("State")
  String colState();

  @Message("Active")
  String stateActive();

  @Message("Invited")
  String stateInvited();

  @Message("Invite a staff member")
  String inviteTitle();

  @Message("Username")
  String username();

  @Message("The username they registered with.")
  String usernameHint();

  @Message("Role")
  String role();

  @Message("Choose a role")
  String chooseRole();

  @Message("Title (optional)")
  String staffTitleField();

  @Message("Send invitation")
  String inviteButton();

  @Message("{name} was invited and joins once they accept.")
  String invited(String name);

  @Message("Invitation")
  String invitationTitle();

  @Message("{name} invited you to join its staff.")
  String invitedBy(String name);

  @Message("Accept invitation")
  String acceptButton();

  @Message("Your new role's pages appear after you sign in again.")
  String acceptNote();

  @Message("You do not belong to an enterprise")
  String noEnterpriseTitle();

  @Message(
      "Register your company below, or ask your company's admin to invite you by your username.")
  String noEnterpriseText();

  @Message("Inquiries")
  String inquiriesTitle();

  @Message("No inquiry yet.")
  String noInquiries();

  @Message("Waiting for your reply")
  String threadOpen();

  @Message("Answered")
  String threadAnswered();

  @Message("Closed")
  String threadClosed();

  @Message("Asked at")
  String askedAt();

  @Message("Open conversation")
  String openThread();

  @Message("Customer")
  String fromCustomer();

  @Message("Our staff")
  String fromUs();

  @Message("Your reply")
  String replyLabel();

  @Message("Send reply")
  String replyButton();

  @Message("All inquiries")
  String backToInquiries();

  @Message("Contracts and projects")
  String projectsTitle();

  @Message("Your enterprise is not party to any contract yet.")
  String noProjects();

  @Message("Contract")
  String contract();

  @Message("Draft")
  String contractDraft();

  @Message("Being signed")
  String contractSigning();

  @Message("Filed")
  String contractFiled();

  @Message("Current stage")
  String currentStage();

  @Message("No stage planned yet")
  String noStage();

  @Message("All stages accepted")
  String allAccepted();

  @Message("The project starts once the contract is filed.")
  String noProjectYet();

  @Message("Timeline")
  String timeline();

  @Message("Materials and orders")
  String materials();

  @Message("Stage")
  String stagePage();

  @Message("Contract")
  String openContract();

  @Message(
      "{#when type}{#is MATERIAL_SUPPLIER}Material supplier{#is DESIGN_COMPANY}Design company{#is DECORATION_COMPANY}Decoration company{#is SUPERVISION_COMPANY}Supervision company{/when}")
  String typeName(EnterpriseType type);

  @Message(
      "{#when kind}{#is BUSINESS_LICENCE}Business licence{#is QUALIFICATION}Qualification certificate{/when}")
  String certificateName(CertificateKind kind);

  /** Why a workspace form came back; entmsg.properties and its zh_CN file hold one text each. */
  @Message
  String problem(WorkspaceProblem problem);

  // deals: enterprise registration and certificates in the portal

  @Message("Register your company")
  String registerTitle();

  @Message(
      "You become the company's admin. The platform verifies the company once its business licence is uploaded.")
  String registerIntro();

  @Message("Register a company")
  String registerLink();

  @Message("Company type")
  String typeLabel();

  @Message("Choose a type")
  String chooseType();

  @Message("Unified social credit code")
  String creditCodeLabel();

  @Message("18 characters as printed on the business licence; the last one is a check character.")
  String creditCodeHint();

  @Message("City")
  String cityLabel();

  @Message("Specialties (optional)")
  String specialtiesLabel();

  @Message("Register")
  String registerButton();

  @Message("Certificates")
  String sectionCertificates();

  @Message("Certificates")
  String certificatesTitle();

  @Message("No certificate uploaded yet.")
  String noCertificates();

  @Message("Upload a certificate")
  String uploadTitle();

  @Message("Kind")
  String kindLabel();

  @Message("File")
  String fileLabel();

  @Message("PDF, PNG or JPEG.")
  String fileHint();

  @Message("Upload")
  String uploadButton();

  @Message("Uploaded")
  String uploadedAt();

  @Message("Your company is registered. Upload its business licence so the platform can verify it.")
  String registeredNotice();

  @Message("Certificate uploaded.")
  String uploadedNotice();

  @Message(
      "Your business licence is missing: the platform cannot verify your company, and homeowners cannot choose it, until it is uploaded.")
  String licenceMissing();

  @Message("Your company is waiting for the platform to verify it.")
  String awaitingVerification();

  @Message("Upload certificates")
  String uploadCertificatesLink();

  /** Why the registration or certificate form came back; one text per constant in entmsg. */
  @Message
  String joinProblem(JoinProblem problem);
}
