package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.attachments.StoredAttachment;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import jakarta.enterprise.context.ApplicationScoped;
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

  private final UnitOfWork work;
  private final RectificationRepository tasks;
  private final PhotoUploads photos;
  private final EvidenceService evidence;
  private final Ids ids;
  private final Clock clock;

  public RectificationService(
      UnitOfWork work,
      RectificationRepository tasks,
      PhotoUploads photos,
      EvidenceService evidence,
      Ids ids,
      Clock clock) {
    this.work = work;
    this.tasks = tasks;
    this.photos = photos;
    this.evidence = evidence;
    this.ids = ids;
    this.clock = clock;
  }

  public List<Rectification> list(Project p) {
    return work.read(() -> tasks.forProject(p.projectId()));
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
    work.write(
        () ->
            tasks
                .move(id, RectificationState.OPEN, RectificationState.FIXED, pmId, note, now)
                .chain(
                    moved -> {
                      if (!moved) {
                        throw ProblemException.conflict(
                            "invalid-rectification-transition",
                            "rectification " + id + " is not OPEN");
                      }
                      return tasks.addFix(fixId, task, note, photo, pmId, now);
                    })
                .chain(
                    () -> evidence.appending(p.projectId(), RecordKind.RECTIFICATION_FIX, fixId)));
    LOG.infof(
        "rectification FIXED project=%s id=%s fix=%s photo=%s by=%s",
        p.projectId(), id, fixId, photo != null, pmId);
    return find(p, id);
  }

  /** The photo of one reported fix, for members of the project. */
  public PhotoUploads.Photo fixPhoto(Project p, String id, String fixId) {
    return work.read(() -> tasks.fixPhotoKey(p.projectId(), id, fixId))
        .flatMap(photos::read)
        .orElseThrow(() -> ProblemException.notFound("photo-not-found", "no such photo"));
  }

  private Rectification find(Project p, String id) {
    return work.read(() -> tasks.task(p.projectId(), id))
        .orElseThrow(
            () -> ProblemException.notFound("rectification-not-found", "no such rectification"));
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
    find(p, id);
    boolean moved = work.write(() -> tasks.move(id, from, to, userId, note, clock.instant()));
    if (!moved) {
      throw ProblemException.conflict(
          "invalid-rectification-transition", "rectification " + id + " is not " + from);
    }
    LOG.infof("rectification %s project=%s id=%s by=%s", to, p.projectId(), id, userId);
    return find(p, id);
  }
}
