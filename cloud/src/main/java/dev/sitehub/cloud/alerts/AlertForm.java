package dev.sitehub.cloud.alerts;

import io.quarkus.qute.TemplateData;

/**
 * An acknowledge or resolve form sent back with its typed comment and message keys for the error
 * next to the comment field and above the form; null fields mean no error.
 */
@TemplateData
public record AlertForm(String action, String comment, String fieldError, String formError) {
  static final int MAX_COMMENT = 2000;

  public boolean acknowledging() {
    return "acknowledge".equals(action);
  }

  public boolean resolving() {
    return "resolve".equals(action);
  }
}
