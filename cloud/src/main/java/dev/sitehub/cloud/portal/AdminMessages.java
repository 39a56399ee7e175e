package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.accounts.Role;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the operator, public library, registration and enterprise pages in English;
 * adminmsg_zh_CN.properties holds the Chinese ones. Kept apart from {@link PortalMessages} so that
 * each group of pages owns its texts.
 */
@MessageBundle(value = "adminmsg", locale = "en")
public interface AdminMessages {
  @Message("Operator desk")
  String navOperator();

  @Message("Enterprise library")
  String navLibrary();

  @Message("Not found.")
  String errNotFound();

  @Message("Any type")
  String typeAny();

  @Message("Verification queue")
  String verifyTitle();

  @Message(
      "Enterprises waiting for verification. Check the business licence and the qualification certificates, then approve, or reject with a reason.")
  String verifyIntro();

  @Message("No enterprise is waiting.")
  String noPending();

  @Message("Unified social credit code")
  String creditCode();

  @Message("Type")
  String enterpriseType();

  @Message("City")
  String city();

  @Message("District")
  String district();

  @Message("Specialties")
  String specialties();

  @Message("Price band")
  String priceBand();

  @Message("{band} of 5")
  String priceBandValue(int band);

  @Message("Certificates")
  String certificates();

  @Message("No certificates uploaded.")
  String noCertificates();

  @Message("Decision")
  String decision();

  @Message("Approve")
  String approve();

  @Message("Reject")
  String reject();

  @Message("Reason (required to reject)")
  String rejectionReason();

  @Message("{name} is verified.")
  String decidedVerified(String name);

  @Message("{name} is rejected.")
  String decidedRejected(String name);

  @Message("Disputes")
  String disputesTitle();

  @Message(
      "Open disputes freeze a project's escrow until you arbitrate: split the held money between contractor and customer and state the decision.")
  String disputesIntro();

  @Message("No open dispute.")
  String noDisputes();

  @Message("Project")
  String project();

  @Message("Raised by")
  String raisedBy();

  @Message("Raised at")
  String raisedAt();

  @Message("Complaint")
  String disputeReason();

  @Message("To the contractor (yuan)")
  String toContractor();

  @Message("To the customer (yuan)")
  String toCustomer();

  @Message("Decision")
  String arbitrationDecision();

  @Message("Arbitrate")
  String arbitrate();

  @Message("Dispute {id} is resolved.")
  String arbitrated(String id);

  @Message("Acceptance override")
  String overridesTitle();

  @Message(
      "When a criterion fails but the work is acceptable (a faulty sensor, a documented exception), assemble the acceptance record with a written justification. The justification is stored in the record and in the evidence chain.")
  String overridesIntro();

  @Message("Project id")
  String projectId();

  @Message("Stage number (0 = final acceptance)")
  String stage();

  @Message("Justification")
  String overrideReason();

  @Message("Record the override")
  String recordOverride();

  @Message(
      "Acceptance record {id} is assembled with the override; it now waits for the signatures.")
  String overrideRecorded(String id);

  @Message("Every criterion passed: record {id} is assembled without an override.")
  String noOverrideNeeded(String id);

  @Message("Evidence-chain verifier")
  String evidenceTitle();

  @Message(
      "Recomputes every link of a project's evidence chain from the database and the media store, and names the first link that no longer matches.")
  String evidenceIntro();

  @Message("Verify")
  String verify();

  @Message("Intact: {links} links checked.")
  String chainIntact(long links);

  @Message("This project has no evidence yet.")
  String chainEmpty();

  @Message("Head hash")
  String headHash();

  @Message("Broken at link {seq}.")
  String chainBroken(long seq);

  @Message("Record kind")
  String brokenKind();

  @Message("Record")
  String brokenRecord();

  @Message("Why")
  String brokenReason();

  @Message("Enterprise library")
  String libraryTitle();

  @Message("Verified decoration, design, supervision and material companies, best rated first.")
  String libraryIntro();

  @Message("Specialty")
  String keyword();

  @Message("Search")
  String search();

  @Message("{total} enterprises")
  String results(long total);

  @Message("No verified enterprise matches.")
  String noResults();

  @Message("Rating")
  String rating();

  @Message("{count} ratings")
  String ratingCount(int count);

  @Message("No ratings yet")
  String noRatings();

  @Message("Score")
  String score();

  @Message("Previous")
  String previous();

  @Message("Next")
  String next();

  @Message("Profile of {name}")
  String viewProfile(String name);

  @Message("Staff")
  String staff();

  @Message("No staff listed.")
  String noStaff();

  @Message("Past projects")
  String pastProjects();

  @Message("No past projects shown yet.")
  String noPastProjects();

  @Message("Replies to inquiries")
  String replies();

  @Message("Reply rate")
  String replyRate();

  @Message("Median first reply")
  String medianReply();

  @Message("{n} min")
  String minutes(long n);

  @Message("About")
  String about();

  @Message("Not verified: only operators and the enterprise's staff see this profile.")
  String notVerified();

  @Message("Create an account")
  String registerTitle();

  @Message(
      "Register with your e-mail address or mobile number. You start as a homeowner; companies invite their staff later.")
  String registerIntro();

  @Message("E-mail or mobile number")
  String contact();

  @Message("Your name (optional)")
  String displayName();

  @Message("Password (at least 8 characters)")
  String newPassword();

  @Message("Register")
  String registerButton();

  @Message("Your account is ready. Sign in with {username}.")
  String registered(String username);

  @Message("Already registered?")
  String haveAccount();

  @Message("Held in escrow (yuan)")
  String escrowHeld();

  @Message("Resolved")
  String disputeResolved();

  @Message(
      "{#when role}{#is HOMEOWNER}Homeowner{#is SUPERVISOR}Supervisor{#is PROJECT_MANAGER}Project manager{#is DESIGNER}Designer{#is BUDGETER}Material budgeter{#is INSTALLER}Installer{#is ENTERPRISE_ADMIN}Enterprise admin{#is OPERATOR}Operator{/when}")
  String roleName(Role role);

  /**
   * Why an operator, registration or verification form came back; adminmsg.properties and its zh_CN
   * file hold one text each.
   */
  @Message
  String problem(AdminProblem problem);

  // branch wechatpay: the last payment reconciliation's findings on the disputes page
  @Message("Payment reconciliation")
  String reconciliationTitle();

  @Message("Where our records and WeChat Pay disagree after the last reconciliation.")
  String reconciliationIntro();

  @Message("Order or instruction")
  String reconciliationSubject();

  @Message("Ours")
  String reconciliationOurs();

  @Message("WeChat Pay")
  String reconciliationProvider();

  @Message("Reconcile with WeChat Pay now")
  String reconcileNow();

  @Message("The last reconciliation found no differences.")
  String reconciliationClean();
}
