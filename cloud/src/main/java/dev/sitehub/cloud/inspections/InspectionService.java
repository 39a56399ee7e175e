package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.attachments.StoredAttachment;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.milestones.Milestone;
import dev.sitehub.cloud.milestones.MilestoneService;
import dev.sitehub.cloud.milestones.MilestoneState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Inspections against the stage's checklist template: every item answered, photos checked and
 * stored, failures opened as rectification tasks, the milestone moved, and the inspection filed in
 * the evidence chain, all in one transaction.
 */
@ApplicationScoped
public class InspectionService {
  private static final Logger LOG = Logger.getLogger(InspectionService.class);
  private final UnitOfWork work;
  private final InspectionRepository inspections;
  private final RectificationRepository tasks;
  private final MilestoneService milestones;
  private final EvidenceService evidence;
  private final PhotoUploads photos;
  private final StageItems stageItems;
  private final Clock clock;
  private final Ids ids;

  public InspectionService(
      UnitOfWork work,
      InspectionRepository inspections,
      RectificationRepository tasks,
      MilestoneService milestones,
      EvidenceService evidence,
      PhotoUploads photos,
      StageItems stageItems,
      Clock clock,
      Ids ids) {
    this.work = work;
    this.inspections = inspections;
    this.tasks = tasks;
    this.milestones = milestones;
    this.evidence = evidence;
    this.photos = photos;
    this.stageItems = stageItems;
    this.clock = clock;
    this.ids = ids;
  }

  public InspectionView inspect(Project p, int seq, InspectRequest r, String supervisorId) {
    Milestone m = milestones.get(p, seq);
    Checklist checklist = Checklist.valueOf(m.checklist());
    List<ChecklistItem> items = stageItems.of(p, m);
    Map<String, ItemResult> answers = answers(checklist, items, r);
    Map<String, StoredAttachment> stored = new HashMap<>();
    for (ItemResult a : answers.values()) {
      StoredAttachment photo = photos.store(a.photoBase64(), "photo of " + a.code());
      if (photo != null) {
        stored.put(a.code(), photo);
      }
    }
    boolean passed =
        answers.values().stream().noneMatch(a -> a.result() == ItemResult.Outcome.FAIL);
    String inspectionId = ids.next("insp");
    Instant now = clock.instant();
    List<String> opened = new ArrayList<>();
    work.write(
        () -> {
          Uni<Void> stage =
              passed
                  ? milestones.requireReady(p.projectId(), seq)
                  : milestones.transitioning(p.projectId(), seq, MilestoneState.RECTIFICATION);
          Uni<Void> filed =
              stage.chain(
                  () ->
                      inspections.file(
                          new InspectionEntity(
                              inspectionId,
                              p.projectId(),
                              seq,
                              checklist,
                              supervisorId,
                              now,
                              passed),
                          items.stream()
                              .map(
                                  i ->
                                      new InspectionItemEntity(
                                          inspectionId,
                                          i,
                                          answers.get(i.code()),
                                          stored.get(i.code())))
                              .toList()));
          for (ChecklistItem item : items) {
            if (answers.get(item.code()).result() == ItemResult.Outcome.FAIL) {
              String taskId = ids.next("rect");
              filed =
                  filed.chain(
                      () ->
                          tasks
                              .open(taskId, p.projectId(), seq, inspectionId, item, now)
                              .invoke(opened::add)
                              .replaceWithVoid());
            }
          }
          return filed.chain(
              () -> evidence.appending(p.projectId(), RecordKind.INSPECTION, inspectionId));
        });
    LOG.infof(
        "inspection filed project=%s seq=%d inspection=%s passed=%s rectifications=%d",
        p.projectId(), seq, inspectionId, passed, opened.size());
    return work.read(() -> inspections.view(inspectionId)).orElseThrow();
  }

  /** The photo of one checked item, for members of the project. */
  public PhotoUploads.Photo photo(Project p, String inspectionId, String code) {
    return work.read(() -> inspections.photoKey(p.projectId(), inspectionId, code))
        .flatMap(photos::read)
        .orElseThrow(() -> ProblemException.notFound("photo-not-found", "no such photo"));
  }

  /**
   * The stage's latest inspection if it passed: what a stage's acceptance rests on. Empty when the
   * stage has no inspection or its latest one failed.
   */
  public Optional<String> latestPassed(String projectId, int seq) {
    return work.read(() -> inspections.latestPassed(projectId, seq));
  }

  /** The stage's inspections, oldest first, for pages that show them. */
  public List<InspectionView> forStage(Project p, int seq) {
    return work.read(() -> inspections.forStage(p.projectId(), seq));
  }

  private static Map<String, ItemResult> answers(
      Checklist checklist, List<ChecklistItem> items, InspectRequest r) {
    if (r == null || r.items() == null) {
      throw ProblemException.badRequest(
          "checklist-incomplete", "send one result per checklist item");
    }
    Map<String, ItemResult> byCode = new HashMap<>();
    for (ItemResult a : r.items()) {
      if (a == null || a.code() == null || a.result() == null) {
        throw ProblemException.badRequest(
            "checklist-incomplete", "every item needs a code and a result");
      }
      if (items.stream().noneMatch(i -> i.code().equals(a.code()))) {
        throw ProblemException.badRequest(
            "unknown-checklist-item", a.code() + " is not on the " + checklist + " checklist");
      }
      if (byCode.put(a.code(), a) != null) {
        throw ProblemException.badRequest("duplicate-checklist-item", a.code() + " answered twice");
      }
    }
    for (ChecklistItem i : items) {
      if (!byCode.containsKey(i.code())) {
        throw ProblemException.badRequest("checklist-incomplete", i.code() + " has no result");
      }
    }
    return byCode;
  }
}
