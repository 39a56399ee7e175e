package dev.sitehub.cloud.contracts;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What the portal's contract draft form shows when it comes back: the field it stands next to
 * (none: above the form) and the contract refusal it answers; the {@code dealmsg} bundle holds one
 * text per constant.
 */
public enum DraftProblem {
  TITLE("title", "invalid-title"),
  SITE_NAME("siteName", "invalid-siteName"),
  SITE_ADDRESS("siteAddress", "invalid-siteAddress"),
  SCOPE("scope", "invalid-scope"),
  TOTAL("total", "invalid-total"),
  DATES("endDate", "invalid-dates"),
  STAGES("stages", "invalid-stages"),
  SHARE("stages", "invalid-share"),
  SHARES_SUM("stages", "shares-not-100-percent"),
  MANAGER("projectManager", "project-manager-required"),
  STAFF("projectManager", "invalid-staff"),
  STAFF_NOT_IN_PARTY("projectManager", "staff-not-in-party"),
  STAFF_ROLE("projectManager", "staff-role-mismatch"),
  CUSTOMER(null, "invalid-customer"),
  NOT_ADMIN(null, "not-a-contract-party");

  private final String field;
  private final String code;

  DraftProblem(String field, String code) {
    this.field = field;
    this.code = code;
  }

  /** The problem a contract refusal shows, or empty (the portal's error page answers). */
  public static Optional<DraftProblem> of(String problemCode) {
    return Arrays.stream(values()).filter(p -> p.code.equals(problemCode)).findFirst();
  }

  public DraftProblem at(String field) {
    return Objects.equals(this.field, field) ? this : null;
  }

  public DraftProblem aboveForm() {
    return field == null ? this : null;
  }
}
