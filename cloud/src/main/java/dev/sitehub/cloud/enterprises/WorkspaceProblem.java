package dev.sitehub.cloud.enterprises;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What a workspace form (profile, invitation, inquiry reply) shows when it comes back: the field it
 * stands next to (none: above the form) and the problem code of the service refusal it answers. The
 * {@code entmsg} bundle holds one text per constant, so a missing text fails the build.
 */
public enum WorkspaceProblem {
  NAME(Form.PROFILE, "name", "invalid-name"),
  NAME_LOCKED(Form.PROFILE, "name", "verified-name-locked"),
  CITY(Form.PROFILE, "city", "invalid-city"),
  DISTRICT(Form.PROFILE, "district", "invalid-district"),
  SPECIALTIES(Form.PROFILE, "specialties", "invalid-specialties"),
  PRICE_BAND(Form.PROFILE, "priceBand", "invalid-price-band"),
  DESCRIPTION(Form.PROFILE, "description", "invalid-description"),
  USERNAME(Form.INVITE, "username", null),
  UNKNOWN_USER(Form.INVITE, "username", "unknown-user"),
  ALREADY_MEMBER(Form.INVITE, "username", "already-in-an-enterprise"),
  ROLE(Form.INVITE, "role", "role-not-offered"),
  TITLE(Form.INVITE, "title", "invalid-title"),
  REPLY(Form.REPLY, "body", "invalid-body"),
  CLOSED(Form.REPLY, null, "inquiry-closed");

  /** The workspace forms whose service refusals the enum maps. */
  public enum Form {
    PROFILE,
    INVITE,
    REPLY
  }

  private final Form form;
  private final String field;
  private final String code;

  WorkspaceProblem(Form form, String field, String code) {
    this.form = form;
    this.field = field;
    this.code = code;
  }

  /**
   * The problem a refusal of the service behind {@code form} shows, or empty when that form has no
   * place for it (the portal's error page answers instead).
   */
  public static Optional<WorkspaceProblem> of(Form form, String problemCode) {
    return Arrays.stream(values())
        .filter(p -> p.form == form && p.code != null && p.code.equals(problemCode))
        .findFirst();
  }

  /** This problem if it stands next to {@code field}, else null (the form shows nothing there). */
  public WorkspaceProblem at(String field) {
    return Objects.equals(this.field, field) ? this : null;
  }

  /** This problem if it stands above the form rather than next to a field, else null. */
  public WorkspaceProblem aboveForm() {
    return field == null ? this : null;
  }
}
