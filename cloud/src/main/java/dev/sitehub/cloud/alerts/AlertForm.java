package dev.sitehub.cloud.alerts;

import io.quarkus.qute.TemplateData;

/**
 * An acknowledge or resolve form sent back with its typed comment and the problem next to the
 * comment field or above the form; null fields mean no problem.
 */
@TemplateData
public record AlertForm(
    String action, String comment, AlertProblem fieldError, AlertProblem formError) {
  static final int MAX_COMMENT = 2000;

  public boolean acknowledging() {
    return "acknowledge".equals(action);
  }

  public boolean resolving() {
    return "resolve".equals(action);
  }
}
