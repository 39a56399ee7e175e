package dev.sitehub.cloud.enterprises;

import io.quarkus.qute.TemplateData;
import java.util.Arrays;
import java.util.List;

/**
 * The profile form as typed (specialties as one comma-separated line) and the problem next to one
 * of its fields, or null; the rules themselves stay in {@link EnterpriseService#updateProfile}.
 */
@TemplateData
public record ProfileForm(
    String name,
    String city,
    String district,
    String specialties,
    String priceBand,
    String description,
    WorkspaceProblem problem) {

  public ProfileForm {
    name = name == null ? "" : name;
    city = city == null ? "" : city;
    district = district == null ? "" : district;
    specialties = specialties == null ? "" : specialties;
    priceBand = priceBand == null ? "" : priceBand.strip();
    description = description == null ? "" : description;
  }

  static ProfileForm of(Enterprise e) {
    return new ProfileForm(
        e.name(),
        e.city(),
        e.district(),
        String.join(", ", e.specialties()),
        Integer.toString(e.priceBand()),
        e.description(),
        null);
  }

  /** The problem next to a field, or null. */
  public WorkspaceProblem error(String field) {
    return problem == null ? null : problem.at(field);
  }

  /** The price bands the select offers. */
  public List<Integer> bands() {
    return List.of(1, 2, 3, 4, 5);
  }

  public boolean band(int b) {
    return Integer.toString(b).equals(priceBand);
  }

  ProfileForm failed(WorkspaceProblem p) {
    return new ProfileForm(name, city, district, specialties, priceBand, description, p);
  }

  /** The price band as a number, or null when it is not one (the page marks the field). */
  Integer band() {
    try {
      return Integer.valueOf(priceBand);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The request for the service; commas, Chinese commas and 、 separate specialties. */
  UpdateProfileRequest request() {
    List<String> list =
        Arrays.stream(specialties.split("[,，、]"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    return new UpdateProfileRequest(name, city, district, list, band(), description);
  }
}
