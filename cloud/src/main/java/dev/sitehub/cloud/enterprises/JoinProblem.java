package dev.sitehub.cloud.enterprises;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What the registration and certificate forms show when they come back: the field it stands next to
 * (none: above the form) and the problem code of the service refusal it answers. The {@code entmsg}
 * bundle holds one text per constant, so a missing text fails the build.
 */
public enum JoinProblem {
  TYPE("type", "invalid-enterprise-type"),
  NAME("name", "invalid-name"),
  CREDIT_CODE("creditCode", "invalid-credit-code"),
  /** Refined by the page from {@code CreditCode.defect}: the 18th character does not check. */
  CHECK_CHARACTER("creditCode", null),
  CREDIT_CODE_TAKEN("creditCode", "enterprise-already-registered"),
  CITY("city", "invalid-city"),
  DISTRICT("district", "invalid-district"),
  SPECIALTIES("specialties", "invalid-specialties"),
  PRICE_BAND("priceBand", "invalid-price-band"),
  DESCRIPTION("description", "invalid-description"),
  ALREADY_MEMBER(null, "already-in-an-enterprise"),
  KIND("kind", "invalid-certificate-kind"),
  FILE_EMPTY("file", "attachment-empty"),
  FILE_TOO_LARGE("file", "attachment-too-large"),
  FILE_TYPE("file", "attachment-type-not-allowed"),
  FILE_MISMATCH("file", "attachment-type-mismatch");

  private final String field;
  private final String code;

  JoinProblem(String field, String code) {
    this.field = field;
    this.code = code;
  }

  /** The problem a service refusal shows, or empty when the form has no place for it. */
  public static Optional<JoinProblem> of(String problemCode) {
    return Arrays.stream(values())
        .filter(p -> p.code != null && p.code.equals(problemCode))
        .findFirst();
  }

  /** This problem if it stands next to {@code field}, else null. */
  public JoinProblem at(String field) {
    return Objects.equals(this.field, field) ? this : null;
  }

  /** This problem if it stands above the form rather than next to a field, else null. */
  public JoinProblem aboveForm() {
    return field == null ? this : null;
  }
}
