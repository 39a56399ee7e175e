package dev.sitehub.cloud.inspections;

import java.util.Optional;

/**
 * A refusal the stage and rectification pages show, with the HTTP status the page answers with and
 * the service problem codes it stands for; {@code inspmsg} words each one under {@code
 * problem_$CONSTANT}.
 */
public enum InspectionProblem {
  REQUIRED(422),
  RESULT(422),
  PHOTO_TOO_LARGE(422),
  PHOTO_TYPE(422),
  DATE(422),
  PLAN(422),
  NOT_READY(409),
  TRANSITION(409),
  RECTIFICATIONS_OPEN(409),
  TASK_MOVED(409),
  TOO_LONG(422),
  ITEM_TITLE(422),
  TOO_MANY_ITEMS(409);

  private final int status;

  InspectionProblem(int status) {
    this.status = status;
  }

  /** The problem a service refusal becomes on the pages; empty when they do not show it. */
  static Optional<InspectionProblem> of(String problemCode) {
    if (problemCode.startsWith("attachment-")) {
      return Optional.of(PHOTO_TYPE);
    }
    return Optional.ofNullable(
        switch (problemCode) {
          case "invalid-milestone-transition" -> TRANSITION;
          case "rectifications-open" -> RECTIFICATIONS_OPEN;
          case "milestone-not-ready" -> NOT_READY;
          case "invalid-plan" -> PLAN;
          case "invalid-photo" -> PHOTO_TYPE;
          case "invalid-rectification-transition" -> TASK_MOVED;
          case "item-title-required" -> REQUIRED;
          case "item-title-too-long" -> ITEM_TITLE;
          case "too-many-items" -> TOO_MANY_ITEMS;
          default -> null;
        });
  }

  /** A photo refused while the form was read: too large (413) or not a JPEG or PNG. */
  static InspectionProblem photo(int status) {
    return status == 413 ? PHOTO_TOO_LARGE : PHOTO_TYPE;
  }

  /** Whether a stage move refused this way: shown above the controls and above the checklist. */
  boolean refusesMove() {
    return this == TRANSITION || this == RECTIFICATIONS_OPEN || this == NOT_READY;
  }

  /** The HTTP status of the page that shows this problem. */
  int status() {
    return status;
  }
}
