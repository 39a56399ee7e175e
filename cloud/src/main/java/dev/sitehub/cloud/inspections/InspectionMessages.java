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

  @Message("Project manager: fix")
  String ballProjectManager();

  @Message("Supervisor: verify")
  String ballSupervisor();

  @Message("Nobody: closed")
  String ballNobody();

  @Message("Open")
  String rectOpen();

  @Message("Fixed, awaiting verification")
  String rectFixed();

  @Message("Closed")
  String rectClosed();

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

  @Message("Please fill in this field.")
  String errRequired();

  @Message("Choose pass, fail or not applicable.")
  String errResult();

  @Message("The photo is too large.")
  String errPhotoTooLarge();

  @Message("Only JPEG or PNG photos are accepted.")
  String errPhotoType();

  @Message("Enter a date as YYYY-MM-DD.")
  String errDate();

  @Message("The end date is required and may not precede the start date.")
  String errPlan();

  @Message("This stage is not ready for inspection.")
  String errNotReady();

  @Message("This stage cannot make that move from its current state.")
  String errTransition();

  @Message("The supervisor has not closed every rectification of this stage.")
  String errRectificationsOpen();

  @Message("This task has already moved on; its current state is shown.")
  String errTaskMoved();

  @Message("Text is limited to 2000 characters.")
  String errTooLong();

  @Message("Supply pipes held 0.6 MPa for 30 min, drop <= 0.05 MPa")
  String itemPePressure();

  @Message("Pipes and conduits routed as drawn, no diagonal runs")
  String itemPeRouting();

  @Message("Separate circuits, earth continuity, RCD trips")
  String itemPeCircuits();

  @Message("Power and data cables separated")
  String itemPeSeparation();

  @Message("Closed-water test: >= 20 mm water held, no leak below")
  String itemWpClosedWater();

  @Message("Membrane 300 mm up the walls")
  String itemWpWallHeight();

  @Message("Membrane 1.8 m in the shower area")
  String itemWpShowerHeight();

  @Message("Pipe penetrations and corners reinforced")
  String itemWpPenetrations();

  @Message("Hollow (空鼓) tiles <= 10 % overall")
  String itemTlHollowOverall();

  @Message("Hollow tiles <= 5 % per room")
  String itemTlHollowRoom();

  @Message("Flatness and joints within tolerance")
  String itemTlFlatness();

  @Message("Floor falls to drains")
  String itemTlFalls();

  @Message("Even surface, no cracks, sags or brush marks")
  String itemPtSurface();

  @Message("Curing window kept (5-35 degC, RH < 85 %)")
  String itemPtCuring();

  @Message("Clean edges at ceilings, frames and sockets")
  String itemPtEdges();

  @Message("Fixtures, doors and windows operate")
  String itemCpFixtures();

  @Message("Water, power and drains work at every outlet")
  String itemCpServices();

  @Message("Indoor air within GB 50325 Class I before hand-over")
  String itemCpAir();

  @Message("Site cleaned, waste removed")
  String itemCpClean();

  @Message("Work done as contracted")
  String itemGnWorkmanship();
}
