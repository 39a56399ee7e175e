package dev.sitehub.cloud.inspections;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the stage page (milestone controls, the supervisor's checklist) and the
 * rectification list in English; inspmsg_zh_CN.properties holds the Chinese ones.
 */
@MessageBundle(value = "inspmsg", locale = "en")
public interface InspectionMessages {
  @Message("Open stage")
  String openStage();

  @Message("Rectifications")
  String rectifications();

  @Message("Stage controls")
  String controls();

  @Message("Start stage")
  String startStage();

  @Message("Ready for inspection")
  String markReady();

  @Message("Planned start")
  String plannedStart();

  @Message("Planned end")
  String plannedEnd();

  @Message("Save dates")
  String savePlan();

  @Message("Checklist inspection")
  String checklist();

  @Message("The checklist opens once the project manager marks the stage ready for inspection.")
  String notReadyHint();

  @Message("Only the site's supervisor inspects this stage.")
  String supervisorOnly();

  @Message("Result")
  String result();

  @Message("Comment")
  String comment();

  @Message("Photo (JPEG or PNG)")
  String photo();

  @Message("Photo of the work (JPEG or PNG, optional)")
  String fixPhoto();

  @Message("Fix attempts")
  String fixAttempts();

  @Message("At inspection")
  String atInspection();

  @Message("After the fix")
  String afterFix();

  @Message("Inspection photo of {title}")
  String inspectionPhotoOf(String title);

  @Message("Photo of the fix of {title}")
  String fixPhotoOf(String title);

  @Message("Submit inspection")
  String submitInspection();

  @Message("Failed items become rectification tasks for the project manager.")
  String failHint();

  @Message("Past inspections")
  String pastInspections();

  @Message("No rectification.")
  String noRectifications();

  @Message("With")
  String ballWith();

  @Message("What was done")
  String fixNote();

  @Message("Mark fixed")
  String markFixed();

  @Message("Verify and close")
  String closeTask();

  @Message("Reject the fix")
  String reopenTask();

  @Message("Only the supervisor verifies and closes a task.")
  String supervisorCloses();

  @Message("Fixed by")
  String fixedBy();

  @Message("Closed by")
  String closedBy();

  @Message("Back to the timeline")
  String backToProject();

  /** A rectification task's state. */
  @Message
  String rect(RectificationState rect);

  /** Whose turn a rectification task is. */
  @Message
  String ball(BallWith ball);

  /** A checklist item's name, from its stable code. */
  @Message
  String item(ChecklistItemCode item);

  /** A refusal its pages show. */
  @Message
  String problem(InspectionProblem problem);

  @Message("Another item to check")
  String newItemTitle();

  @Message("Add to the checklist")
  String addItem();

  @Message("added by the supervisor")
  String addedItem();
}
