package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Rectification tasks: the project manager reports a fix, and only the supervisor closes the task
 * (or reopens it when the fix does not hold).
 */
@ApplicationScoped
public class RectificationService {
  private static final Logger LOG = Logger.getLogger(RectificationService.class);
  private final AgroalDataSource db;
  private final Clock clock;

  public RectificationService(AgroalDataSource db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public List<Rectification> list(Project p) {
    try (Connection c = db.getConnection()) {
      return RectificationRepository.forProject(c, p.projectId());
    } catch (SQLException e) {
      throw new IllegalStateException("rectification read failed", e);
    }
  }

  public Rectification fixed(Project p, String id, FixRequest r, String pmId) {
    if (r == null || r.note() == null || r.note().isBlank()) {
      throw ProblemException.badRequest("fix-note-required", "say what was done");
    }
    return move(p, id, "OPEN", "FIXED", pmId, r.note().strip());
  }

  public Rectification close(Project p, String id, String supervisorId) {
    return move(p, id, "FIXED", "CLOSED", supervisorId, null);
  }

  public Rectification reopen(Project p, String id, String supervisorId) {
    return move(p, id, "FIXED", "OPEN", supervisorId, null);
  }

  private Rectification move(
      Project p, String id, String from, String to, String userId, String note) {
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
