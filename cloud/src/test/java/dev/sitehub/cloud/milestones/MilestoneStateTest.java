package dev.sitehub.cloud.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.contracts.StageType;
import dev.sitehub.cloud.inspections.Checklist;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Verifies the milestone state machine, overdue detection and checklist choice by stage name. */
class MilestoneStateTest {
  @Test
  void stateMachine_onlyDocumentedMoves_allowed() {
    assertThat(MilestoneState.PLANNED.canMoveTo(MilestoneState.IN_PROGRESS)).isTrue();
    assertThat(MilestoneState.PLANNED.canMoveTo(MilestoneState.ACCEPTED)).isFalse();
    assertThat(MilestoneState.IN_PROGRESS.canMoveTo(MilestoneState.READY_FOR_INSPECTION)).isTrue();
    assertThat(MilestoneState.READY_FOR_INSPECTION.next())
        .containsExactlyInAnyOrder(MilestoneState.ACCEPTED, MilestoneState.RECTIFICATION);
    assertThat(MilestoneState.RECTIFICATION.next())
        .containsExactly(MilestoneState.READY_FOR_INSPECTION);
    assertThat(MilestoneState.ACCEPTED.next()).isEmpty();
  }

  @Test
  void overdue_plannedEndPassedAndNotAccepted_true() {
    LocalDate today = LocalDate.of(2026, 11, 24);
    Milestone late =
        new Milestone(
            "p",
            1,
            "x",
            "GENERAL",
            MilestoneState.IN_PROGRESS,
            null,
            today.minusDays(1),
            null,
            null);
    Milestone done =
        new Milestone(
            "p", 1, "x", "GENERAL", MilestoneState.ACCEPTED, null, today.minusDays(1), null, null);
    Milestone due =
        new Milestone("p", 1, "x", "GENERAL", MilestoneState.PLANNED, null, today, null, null);
    assertThat(late.overdue(today)).isTrue();
    assertThat(done.overdue(today)).isFalse();
    assertThat(due.overdue(today)).isFalse();
  }

  /** Verifies that the stage type the contract names, never the stage's name, picks the list. */
  @Test
  void checklist_fromStageType_picksTemplate() {
    for (StageType t : StageType.values()) {
      assertThat(Checklist.of(t).name()).isEqualTo(t.name());
      assertThat(Checklist.of(t).items())
          .allSatisfy(i -> assertThat(i.clause()).startsWith("GB 50"));
    }
    assertThat(Checklist.of(null)).isEqualTo(Checklist.GENERAL);
    assertThat(Checklist.of(StageType.CARPENTRY).items())
        .extracting(i -> i.code())
        .contains("cw-ceiling")
        .doesNotContain("tl-hollow-overall");
    assertThat(Checklist.WATERPROOFING.items())
        .extracting(i -> i.code())
        .contains("wp-closed-water");
  }
}
