package dev.sitehub.cloud.enterprises;

import io.quarkus.qute.TemplateData;
import java.util.Map;

/** The invite form as typed and the message key of the error next to each field. */
@TemplateData
public record InviteForm(String username, String role, String title, Map<String, String> errors) {
  static final InviteForm EMPTY = new InviteForm("", "", "", Map.of());

  public InviteForm {
    username = username == null ? "" : username.strip();
    role = role == null ? "" : role.strip();
    title = title == null ? "" : title;
    errors = Map.copyOf(errors);
  }

  public String error(String field) {
    return errors.get(field);
  }

  InviteForm failed(String field, String key) {
    return new InviteForm(username, role, title, Map.of(field, key));
  }
}
