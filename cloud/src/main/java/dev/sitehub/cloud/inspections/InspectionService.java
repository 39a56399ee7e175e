package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.attachments.StoredAttachment;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.NativeSql;
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
  private final MilestoneService milestones;
  private final EvidenceService evidence;
  private final PhotoUploads photos;
  private final Clock clock;
  private final Ids ids;

  public InspectionService(
      UnitOfWork work,
      MilestoneService milestones,
      EvidenceService evidence,
      PhotoUploads photos,
      Clock clock,
      Ids ids) {
    this.work = work;
    this.milestones = milestones;
    this.evidence = evidence;
    this.photos = photos;
    this.clock = clock;
    this.ids = ids;
  }

  public InspectionView inspect(Project p, int seq, InspectRequest r, String supervisorId) {
    Milestone m = milestones.get(p, seq);
    Checklist checklist = Checklist.valueOf(m.checklist());
    Map<String, ItemResult> answers = answers(checklist, r);
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
    List<String> tasks = new ArrayList<>();
    work.write(
        () -> {
          Uni<Void> stage =
              passed
                  ? milestones.requireReady(p.projectId(), seq)
                  : milestones.transitioning(p.projectId(), seq, MilestoneState.RECTIFICATION);
          Uni<Void> filed =
              stage
                  .chain(
                      () ->
                          insert(
                              inspectionId,
                              p.projectId(),
                              seq,
                              checklist,
                              supervisorId,
                              now,
                              passed))
                  .chain(() -> insertItems(inspectionId, checklist, answers, stored));
          for (ChecklistItem item : checklist.items()) {
            if (answers.get(item.code()).result() == ItemResult.Outcome.FAIL) {
              String taskId = ids.next("rect");
              filed =
                  filed.chain(
                      () ->
                          RectificationRepository.open(
                                  taskId, p.projectId(), seq, inspectionId, item, now)
                              .invoke(tasks::add)
                              .replaceWithVoid());
            }
          }
          return filed.chain(
              () -> evidence.appending(p.projectId(), RecordKind.INSPECTION, inspectionId));
        });
    LOG.infof(
        "inspection filed project=%s seq=%d inspection=%s passed=%s rectifications=%d",
        p.projectId(), seq, inspectionId, passed, tasks.size());
    return work.read(() -> InspectionQueries.find(inspectionId)).orElseThrow();
  }

  /** The photo of one checked item, for members of the project. */
  public PhotoUploads.Photo photo(Project p, String inspectionId, String code) {
    return work.read(() -> InspectionQueries.photoKey(p.projectId(), inspectionId, code))
        .flatMap(photos::read)
        .orElseThrow(() -> ProblemException.notFound("photo-not-found", "no such photo"));
  }

  /**
   * The stage's latest inspection if it passed: what a stage's acceptance rests on. Empty when the
   * stage has no inspection or its latest one failed.
   */
  public Optional<String> latestPassed(String projectId, int seq) {
    return work.read(
        () ->
            NativeSql.rows(
                    "SELECT inspection_id, passed FROM inspection WHERE project_id = ?1"
                        + " AND stage_seq = ?2 ORDER BY inspected_at DESC, inspection_id DESC"
                        + " LIMIT 1",
                    projectId,
                    seq)
                .map(
                    r ->
                        r.stream()
                            .findFirst()
                            .filter(t -> (Boolean) t.get(1))
                            .map(t -> (String) t.get(0))));
  }

  /** The stage's inspections, oldest first, for pages that show them. */
  public List<InspectionView> forStage(Project p, int seq) {
    return work.read(() -> InspectionQueries.forStage(p.projectId(), seq));
  }

  private static Map<String, ItemResult> answers(Checklist checklist, InspectRequest r) {
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
      if (checklist.items().stream().noneMatch(i -> i.code().equals(a.code()))) {
        throw ProblemException.badRequest(
            "unknown-checklist-item", a.code() + " is not on the " + checklist + " checklist");
      }
      if (byCode.put(a.code(), a) != null) {
        throw ProblemException.badRequest("duplicate-checklist-item", a.code() + " answered twice");
      }
    }
    for (ChecklistItem i : checklist.items()) {
      if (!byCode.containsKey(i.code())) {
        throw ProblemException.badRequest("checklist-incomplete", i.code() + " has no result");
      }
    }
    return byCode;
  }

  private static Uni<Void> insert(
      String id,
      String projectId,
      int seq,
      Checklist checklist,
      String by,
      Instant at,
      boolean passed) {
    return NativeSql.update(
            "INSERT INTO inspection (inspection_id, project_id, stage_seq, checklist,"
                + " inspector_id, inspected_at, passed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            id,
            projectId,
            seq,
            checklist.name(),
            by,
            at,
            passed)
        .replaceWithVoid();
  }

  private static Uni<Void> insertItems(
      String id,
      Checklist checklist,
      Map<String, ItemResult> answers,
      Map<String, StoredAttachment> stored) {
    Uni<Void> all = Uni.createFrom().voidItem();
    for (ChecklistItem item : checklist.items()) {
      ItemResult a = answers.get(item.code());
      StoredAttachment photo = stored.get(item.code());
      all =
          all.chain(
              () ->
                  NativeSql.update(
                          "INSERT INTO inspection_item (inspection_id, item_code, title, result,"
                              + " note, photo_key, photo_sha256)"
                              + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                          id,
                          item.code(),
                          item.title(),
                          a.result().name(),
                          a.note() == null ? "" : a.note(),
                          photo == null ? null : photo.key(),
                          photo == null ? null : photo.sha256())
                      .replaceWithVoid());
    }
    return all;
  }
}
