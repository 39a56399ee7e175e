package dev.sitehub.cloud.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The problem+json body every error response carries. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {
  public static final String MEDIA_TYPE = "application/problem+json";

  static Problem of(ProblemException e, String instance) {
    return new Problem(e.type().toString(), e.title(), e.status(), e.getMessage(), instance);
  }
}
