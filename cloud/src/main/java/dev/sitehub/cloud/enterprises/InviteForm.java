package dev.sitehub.cloud.enterprises;

import io.quarkus.qute.TemplateData;

/** The invite form as typed and the problem next to one of its fields, or null. */
@TemplateData
public record InviteForm(String username, String role, String title, WorkspaceProblem problem) {
  static final InviteForm EMPTY = new InviteForm("", "", "", null);

  public InviteForm {
    username = username == null ? "" : username.strip();
    role = role == null ? "" : role.strip();
    title = title == null ? "" : title;
  }

  /** The problem next to a field, or null. */
  public WorkspaceProblem error(String field) {
    return problem == null ? null : problem.at(field);
  }

  InviteForm failed(WorkspaceProblem p) {
    return new InviteForm(username, role, title, p);
  }
}
