package dev.sitehub.cloud.consultation;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What the homeowner's inquiry forms (ask, reply) show when they come back: the field it stands
 * next to (none: above the form) and the consultation refusal it answers; the {@code inqmsg} bundle
 * holds one text per constant.
 */
public enum InquiryProblem {
  SUBJECT("subject", "invalid-subject"),
  BODY("body", "invalid-body"),
  NOT_VERIFIED(null, "enterprise-not-verified"),
  NO_ENTERPRISE(null, "invalid-recipients"),
  CLOSED(null, "inquiry-closed");

  private final String field;
  private final String code;

  InquiryProblem(String field, String code) {
    this.field = field;
    this.code = code;
  }

  /** The problem a consultation refusal shows, or empty (the portal's error page answers). */
  public static Optional<InquiryProblem> of(String problemCode) {
    return Arrays.stream(values()).filter(p -> p.code.equals(problemCode)).findFirst();
  }

  public InquiryProblem at(String field) {
    return Objects.equals(this.field, field) ? this : null;
  }

  public InquiryProblem aboveForm() {
    return field == null ? this : null;
  }
}
