package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.contracts.StageType;
import dev.sitehub.cloud.milestones.Milestone;
import dev.sitehub.cloud.milestones.MilestoneState;
import dev.sitehub.cloud.portal.PortalContext;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The stage page: the milestone's state and dates with the project manager's controls, the
 * supervisor's checklist form (kept as typed with errors under the fields when a post fails), and
 * the stage's past inspections.
 */
@TemplateData
public record StageView(
    String projectId,
    String siteName,
    int seq,
    String name,
    StageType stageType,
    MilestoneState state,
    String actualStart,
    String actualEnd,
    boolean manager,
    boolean supervisor,
    long openTasks,
    PlanForm plan,
    List<ItemForm> items,
    List<InspectionSummary> inspections,
    InspectionProblem controlsError,
    InspectionProblem inspectError,
    ItemDraft newItem) {

  /** The planned dates as typed, each with its error. */
  @TemplateData
  public record PlanForm(
      String start, String end, InspectionProblem startError, InspectionProblem endError) {
    static PlanForm of(LocalDate start, LocalDate end) {
      return new PlanForm(
          start == null ? "" : start.toString(), end == null ? "" : end.toString(), null, null);
    }
  }

  /** The supervisor's item to add, as typed, with its error. */
  @TemplateData
  public record ItemDraft(String title, InspectionProblem error) {
    static final ItemDraft EMPTY = new ItemDraft("", null);
  }

  /**
   * One checklist item of the form: its standard clause (null for an item the supervisor added),
   * the chosen result, the comment, and their errors.
   */
  @TemplateData
  public record ItemForm(
      String code,
      String title,
      String clause,
      String result,
      String note,
      InspectionProblem resultError,
      InspectionProblem noteError,
      InspectionProblem photoError) {
    public boolean is(String outcome) {
      return outcome.equals(result);
    }

    /** The item named in the viewer\'s language, or null to show the stored title. */
    public ChecklistItemCode itemName() {
      return ChecklistItem.name(code);
    }

    public boolean invalid() {
      return resultError != null || noteError != null || photoError != null;
    }
  }

  static StageView of(
      String siteName,
      String zone,
      Milestone m,
      StageType stageType,
      List<ChecklistItem> checklist,
      boolean manager,
      boolean supervisor,
      long openTasks,
      List<InspectionView> inspections) {
    List<ItemForm> items =
        checklist.stream()
            .map(i -> new ItemForm(i.code(), i.title(), i.clause(), "", "", null, null, null))
            .toList();
    return new StageView(
        m.projectId(),
        siteName,
        m.seq(),
        m.name(),
        stageType,
        m.state(),
        PortalContext.time(m.actualStart(), zone),
        PortalContext.time(m.actualEnd(), zone),
        manager,
        supervisor,
        openTasks,
        PlanForm.of(m.plannedStart(), m.plannedEnd()),
        items,
        inspections.stream().map(v -> InspectionSummary.of(v, zone)).toList(),
        null,
        null,
        ItemDraft.EMPTY);
  }

  public boolean canStart() {
    return manager && state == MilestoneState.PLANNED;
  }

  public boolean canReady() {
    return manager
        && (state == MilestoneState.IN_PROGRESS || state == MilestoneState.RECTIFICATION);
  }

  public boolean canPlan() {
    return manager && state != MilestoneState.ACCEPTED;
  }

  /** The supervisor adds items to the checklist until the stage is accepted. */
  public boolean canAddItem() {
    return supervisor && state != MilestoneState.ACCEPTED;
  }

  public boolean canInspect() {
    return supervisor && state == MilestoneState.READY_FOR_INSPECTION;
  }

  StageView withControlsError(InspectionProblem problem) {
    return with(plan, items, problem, inspectError, newItem);
  }

  StageView withPlan(PlanForm typed) {
    return with(typed, items, controlsError, inspectError, newItem);
  }

  StageView withNewItem(ItemDraft typed) {
    return with(plan, items, controlsError, inspectError, typed);
  }

  /** The checklist as typed, with per-item errors and an optional form-level error. */
  StageView withChecklist(Map<String, ItemForm> typed, InspectionProblem error) {
    List<ItemForm> merged = items.stream().map(i -> typed.getOrDefault(i.code(), i)).toList();
    return with(plan, merged, controlsError, error, newItem);
  }

  /** The same stage with other form state; the stage's facts are copied once, here. */
  private StageView with(
      PlanForm plan,
      List<ItemForm> items,
      InspectionProblem controlsError,
      InspectionProblem inspectError,
      ItemDraft newItem) {
    return new StageView(
        projectId,
        siteName,
        seq,
        name,
        stageType,
        state,
        actualStart,
        actualEnd,
        manager,
        supervisor,
        openTasks,
        plan,
        items,
        inspections,
        controlsError,
        inspectError,
        newItem);
  }
}
