package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.attachments.StoredAttachment;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Rectification tasks: the project manager reports a fix, and only the supervisor closes the task
 * (or reopens it when the fix does not hold).
 */
@ApplicationScoped
public class RectificationService {
  private static final Logger LOG = Logger.getLogger(RectificationService.class);

  /** Longest fix note, in characters. */
  static final int MAX_NOTE = 2000;

  private final AgroalDataSource db;
  private final PhotoUploads photos;
  private final EvidenceService evidence;
  private final Ids ids;
  private final Clock clock;

  public RectificationService(
      AgroalDataSource db, PhotoUploads photos, EvidenceService evidence, Ids ids, Clock clock) {
    this.db = db;
    this.photos = photos;
    this.evidence = evidence;
    this.ids = ids;
    this.clock = clock;
  }

  public List<Rectification> list(Project p) {
    try (Connection c = db.getConnection()) {
      return RectificationRepository.forProject(c, p.projectId());
    } catch (SQLException e) {
      throw new IllegalStateException("rectification read failed", e);
    }
  }

  /**
   * Reports a fix: the task moves to FIXED and the report, with its photo, is kept and filed in the
   * evidence chain in the same transaction.
   */
  public Rectification fixed(Project p, String id, FixRequest r, String pmId) {
    if (r == null || r.note() == null || r.note().isBlank()) {
      throw ProblemException.badRequest("fix-note-required", "say what was done");
    }
    if (r.note().length() > MAX_NOTE) {
      throw ProblemException.badRequest(
          "fix-note-too-long", "the note is longer than " + MAX_NOTE + " characters");
    }
    String note = r.note().strip();
    Rectification task = find(p, id);
    StoredAttachment photo = photos.store(r.photoBase64(), "photo of the fix");
    String fixId = ids.next("fix");
    Instant now = clock.instant();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (!RectificationRepository.move(
            c, id, RectificationState.OPEN, RectificationState.FIXED, pmId, note, now)) {
          throw ProblemException.conflict(
              "invalid-rectification-transition", "rectification " + id + " is not OPEN");
        }
        RectificationRepository.addFix(c, fixId, task, note, photo, pmId, now);
        evidence.append(c, p.projectId(), RecordKind.RECTIFICATION_FIX, fixId);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      LOG.infof(
          "rectification FIXED project=%s id=%s fix=%s photo=%s by=%s",
          p.projectId(), id, fixId, photo != null, pmId);
      return RectificationRepository.find(c, p.projectId(), id).orElseThrow();
    } catch (SQLException e) {
      throw new IllegalStateException("rectification update failed", e);
    }
  }

  /** The photo of one reported fix, for members of the project. */
  public PhotoUploads.Photo fixPhoto(Project p, String id, String fixId) {
    try (Connection c = db.getConnection()) {
      return RectificationRepository.fixPhotoKey(c, p.projectId(), id, fixId)
          .flatMap(photos::read)
          .orElseThrow(() -> ProblemException.notFound("photo-not-found", "no such photo"));
    } catch (SQLException e) {
      throw new IllegalStateException("rectification read failed", e);
    }
  }

  private Rectification find(Project p, String id) {
    try (Connection c = db.getConnection()) {
      return RectificationRepository.find(c, p.projectId(), id)
          .orElseThrow(
              () -> ProblemException.notFound("rectification-not-found", "no such rectification"));
    } catch (SQLException e) {
      throw new IllegalStateException("rectification read failed", e);
    }
  }

  public Rectification close(Project p, String id, String supervisorId) {
    return move(p, id, RectificationState.FIXED, RectificationState.CLOSED, supervisorId, null);
  }

  public Rectification reopen(Project p, String id, String supervisorId) {
    return move(p, id, RectificationState.FIXED, RectificationState.OPEN, supervisorId, null);
  }

  private Rectification move(
      Project p,
      String id,
      RectificationState from,
      RectificationState to,
      String userId,
      String note) {
    try (Connection c = db.getConnection()) {
      RectificationRepository.find(c, p.projectId(), id)
          .orElseThrow(
              () -> ProblemException.notFound("rectification-not-found", "no such rectification"));
      if (!RectificationRepository.move(c, id, from, to, userId, note, clock.instant())) {
        throw ProblemException.conflict(
            "invalid-rectification-transition", "rectification " + id + " is not " + from);
      }
      LOG.infof("rectification %s project=%s id=%s by=%s", to, p.projectId(), id, userId);
      return RectificationRepository.find(c, p.projectId(), id).orElseThrow();
    } catch (SQLException e) {
      throw new IllegalStateException("rectification update failed", e);
    }
  }
}
