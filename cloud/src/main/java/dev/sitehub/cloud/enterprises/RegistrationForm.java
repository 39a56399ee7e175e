package dev.sitehub.cloud.enterprises;

import io.quarkus.qute.TemplateData;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The enterprise registration form as typed (specialties as one comma-separated line) and the
 * problem next to one of its fields, or null; the rules stay in {@link EnterpriseService#validate}.
 */
@TemplateData
public record RegistrationForm(
    String type,
    String name,
    String creditCode,
    String city,
    String district,
    String specialties,
    String priceBand,
    String description,
    JoinProblem problem) {

  static final RegistrationForm EMPTY = new RegistrationForm("", "", "", "", "", "", "3", "", null);

  public RegistrationForm {
    type = type == null ? "" : type.strip();
    name = name == null ? "" : name;
    creditCode = creditCode == null ? "" : creditCode;
    city = city == null ? "" : city;
    district = district == null ? "" : district;
    specialties = specialties == null ? "" : specialties;
    priceBand = priceBand == null ? "" : priceBand.strip();
    description = description == null ? "" : description;
  }

  /** The problem next to a field, or null. */
  public JoinProblem error(String field) {
    return problem == null ? null : problem.at(field);
  }

  /** The enterprise types the select offers. */
  public List<EnterpriseType> types() {
    return List.of(EnterpriseType.values());
  }

  public boolean typeIs(EnterpriseType t) {
    return t.name().equals(type);
  }

  /** The price bands the select offers. */
  public List<Integer> bands() {
    return List.of(1, 2, 3, 4, 5);
  }

  public boolean band(int b) {
    return Integer.toString(b).equals(priceBand);
  }

  RegistrationForm failed(JoinProblem p) {
    return new RegistrationForm(
        type, name, creditCode, city, district, specialties, priceBand, description, p);
  }

  /** The type, or null when none of the four was chosen. */
  EnterpriseType enterpriseType() {
    try {
      return type.isEmpty() ? null : EnterpriseType.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The price band as a number, or null when it is not one. */
  Integer band() {
    try {
      return Integer.valueOf(priceBand);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The problem the page can name more precisely than the service's one code: a credit code whose
   * check character is wrong (a typing slip users can fix) rather than any malformed code.
   */
  JoinProblem creditCodeDetail() {
    return CreditCode.defect(CreditCode.normalise(creditCode))
        .filter(d -> d == CreditCode.Defect.CHECK_CHARACTER_MISMATCH)
        .map(d -> JoinProblem.CHECK_CHARACTER)
        .orElse(JoinProblem.CREDIT_CODE);
  }

  /** The draft for the service; commas, Chinese commas and 、 separate specialties. */
  EnterpriseDraft draft() {
    List<String> list =
        Arrays.stream(specialties.split("[,，、]"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    return new EnterpriseDraft(
        enterpriseType(), name, creditCode, city, district, list, band(), description);
  }
}
