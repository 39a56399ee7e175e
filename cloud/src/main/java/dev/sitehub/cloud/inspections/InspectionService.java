package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.attachments.StoredAttachment;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.milestones.Milestone;
import dev.sitehub.cloud.milestones.MilestoneService;
import dev.sitehub.cloud.milestones.MilestoneState;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Inspections against the stage's checklist template: every item answered, photos checked and
 * stored, failures opened as rectification tasks, the milestone moved, and the inspection filed in
 * the evidence chain, all in one transaction.
 */
@ApplicationScoped
public class InspectionService {
  private static final Logger LOG = Logger.getLogger(InspectionService.class);
  private final AgroalDataSource db;
  private final MilestoneService milestones;
  private final EvidenceService evidence;
  private final PhotoUploads photos;
  private final Clock clock;
  private final Ids ids;

  public InspectionService(
      AgroalDataSource db,
      MilestoneService milestones,
      EvidenceService evidence,
      PhotoUploads photos,
      Clock clock,
      Ids ids) {
    this.db = db;
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
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (!passed) {
          milestones.transition(c, p.projectId(), seq, MilestoneState.RECTIFICATION);
        } else {
          requireReady(c, p.projectId(), seq);
        }
        insert(c, inspectionId, p.projectId(), seq, checklist, supervisorId, now, passed);
        insertItems(c, inspectionId, checklist, answers, stored);
        for (ChecklistItem item : checklist.items()) {
          if (answers.get(item.code()).result() == ItemResult.Outcome.FAIL) {
            tasks.add(
                RectificationRepository.open(
                    c, ids.next("rect"), p.projectId(), seq, inspectionId, item, now));
          }
        }
        evidence.append(c, p.projectId(), RecordKind.INSPECTION, inspectionId);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("inspection failed", e);
    }
    LOG.infof(
        "inspection filed project=%s seq=%d inspection=%s passed=%s rectifications=%d",
        p.projectId(), seq, inspectionId, passed, tasks.size());
    return InspectionQueries.find(db, inspectionId).orElseThrow();
  }

  /** The photo of one checked item, for members of the project. */
  public PhotoUploads.Photo photo(Project p, String inspectionId, String code) {
    return InspectionQueries.photoKey(db, p.projectId(), inspectionId, code)
        .flatMap(photos::read)
        .orElseThrow(() -> ProblemException.notFound("photo-not-found", "no such photo"));
  }

  /** The stage's inspections, oldest first, for pages that show them. */
  public List<InspectionView> forStage(Project p, int seq) {
    return InspectionQueries.forStage(db, p.projectId(), seq);
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

  private static void requireReady(Connection c, String projectId, int seq) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT state FROM milestone WHERE project_id = ? AND seq = ? FOR UPDATE")) {
      ps.setString(1, projectId);
      ps.setInt(2, seq);
      try (var rs = ps.executeQuery()) {
        if (!rs.next() || !MilestoneState.READY_FOR_INSPECTION.name().equals(rs.getString(1))) {
          throw ProblemException.conflict(
              "milestone-not-ready", "stage " + seq + " is not ready for inspection");
        }
      }
    }
  }

  private static void insert(
      Connection c,
      String id,
      String projectId,
      int seq,
      Checklist checklist,
      String by,
      Instant at,
      boolean passed)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO inspection (inspection_id, project_id, stage_seq, checklist, inspector_id,"
                + " inspected_at, passed) VALUES (?,?,?,?,?,?,?)")) {
      ps.setString(1, id);
      ps.setString(2, projectId);
      ps.setInt(3, seq);
      ps.setString(4, checklist.name());
      ps.setString(5, by);
      ps.setTimestamp(6, Timestamp.from(at));
      ps.setBoolean(7, passed);
      ps.executeUpdate();
    }
  }

  private static void insertItems(
      Connection c,
      String id,
      Checklist checklist,
      Map<String, ItemResult> answers,
      Map<String, StoredAttachment> stored)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO inspection_item (inspection_id, item_code, title, result, note, photo_key,"
                + " photo_sha256) VALUES (?,?,?,?,?,?,?)")) {
      for (ChecklistItem item : checklist.items()) {
        ItemResult a = answers.get(item.code());
        StoredAttachment photo = stored.get(item.code());
        ps.setString(1, id);
        ps.setString(2, item.code());
        ps.setString(3, item.title());
        ps.setString(4, a.result().name());
        ps.setString(5, a.note() == null ? "" : a.note());
        ps.setString(6, photo == null ? null : photo.key());
        ps.setString(7, photo == null ? null : photo.sha256());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
