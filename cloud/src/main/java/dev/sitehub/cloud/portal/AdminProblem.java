package dev.sitehub.cloud.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What an operator, registration or verification form shows when it comes back: a field left empty
 * or mistyped, or a service's refusal. The {@code adminmsg} bundle holds one text per constant, so
 * a missing text fails the build; each refusal names the form and the problem codes it answers, and
 * the field it stands next to (none: above the form).
 */
public enum AdminProblem {
  REQUIRED(null, null),
  REFUSED(null, null),
  CONTACT(
      Form.REGISTRATION,
      "contact",
      "invalid-contact",
      "invalid-email",
      "invalid-phone",
      "invalid-username"),
  CONTACT_TAKEN(Form.REGISTRATION, "contact", "contact-taken"),
  WEAK_PASSWORD(Form.REGISTRATION, "password", "weak-password"),
  NAME_TOO_LONG(null, "displayName"),
  REJECTION_REASON(Form.VERIFICATION, "reason", "rejection-reason-required"),
  INVALID_DECISION(Form.VERIFICATION, "decision", "invalid-decision"),
  CERTIFICATE_MISSING(Form.VERIFICATION, null, "certificate-missing"),
  AMOUNT(Form.ARBITRATION, "toContractor", "invalid-amount"),
  DECISION_REQUIRED(null, "decision"),
  ESCROW(Form.ARBITRATION, null, "insufficient-escrow"),
  PROJECT_NOT_FOUND(null, "projectId"),
  STAGE(null, "stage"),
  REASON_REQUIRED(null, "reason"),
  MILESTONE_NOT_READY(Form.OVERRIDE, null, "milestone-not-ready"),
  INSPECTION_REQUIRED(Form.OVERRIDE, null, "inspection-required"),
  STAGES_NOT_ACCEPTED(Form.OVERRIDE, null, "stages-not-accepted"),
  ACCEPTANCE_SIGNED(Form.OVERRIDE, null, "acceptance-already-signed"),
  MILESTONE_NOT_FOUND(Form.OVERRIDE, "stage", "milestone-not-found");

  /** The forms whose service refusals the enum maps. */
  public enum Form {
    REGISTRATION,
    VERIFICATION,
    ARBITRATION,
    OVERRIDE
  }

  private final Form form;
  private final String field;
  private final List<String> codes;

  AdminProblem(Form form, String field, String... codes) {
    this.form = form;
    this.field = field;
    this.codes = List.of(codes);
  }

  /**
   * The problem a refusal of the service behind {@code form} shows; {@link #REFUSED} if unknown.
   */
  public static AdminProblem refusal(Form form, String problemCode) {
    return Arrays.stream(values())
        .filter(p -> p.form == form && p.codes.contains(problemCode))
        .findFirst()
        .orElse(REFUSED);
  }

  /** This problem if it stands next to {@code field}, else null (the form shows nothing there). */
  public AdminProblem at(String field) {
    return Objects.equals(this.field, field) ? this : null;
  }

  /** This problem if it stands above the form rather than next to a field, else null. */
  public AdminProblem aboveForm() {
    return field == null ? this : null;
  }
}
