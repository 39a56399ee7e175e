package dev.sitehub.cloud.inspections;

import io.quarkus.qute.TemplateEnum;

/** One checked item as the supervisor reports it; {@code photoBase64} is an optional JPEG/PNG. */
public record ItemResult(String code, Outcome result, String note, String photoBase64) {
  /** Pass, fail or not applicable. */
  @TemplateEnum
  public enum Outcome {
    PASS,
    FAIL,
    NOT_APPLICABLE
  }
}
