package dev.sitehub.cloud.milestones;

import static org.assertj.core.api.Assertions.assertThat;

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

  @Test
  void checklist_fromStageName_picksTemplate() {
    assertThat(Checklist.forStageName("水电验收 plumbing and electrical rough-in"))
        .isEqualTo(Checklist.PLUMBING_ELECTRICAL);
    assertThat(Checklist.forStageName("防水闭水 waterproofing")).isEqualTo(Checklist.WATERPROOFING);
    assertThat(Checklist.forStageName("Tiling")).isEqualTo(Checklist.TILING);
    assertThat(Checklist.forStageName("油漆验收")).isEqualTo(Checklist.PAINTING);
    assertThat(Checklist.forStageName("竣工验收 completion")).isEqualTo(Checklist.COMPLETION);
    assertThat(Checklist.forStageName("开工 start of works")).isEqualTo(Checklist.GENERAL);
    assertThat(Checklist.WATERPROOFING.items())
        .extracting(i -> i.code())
        .contains("wp-closed-water");
  }
}
