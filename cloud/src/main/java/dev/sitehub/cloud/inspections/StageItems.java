package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.milestones.Milestone;
import dev.sitehub.cloud.milestones.MilestoneService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A stage's checklist as inspected: the standard items of its type, then the items the project's
 * supervisor added to it, which are answered alongside the standard ones.
 */
@ApplicationScoped
public class StageItems {
  /** Longest added item, in characters. */
  public static final int MAX_TITLE = 200;

  private static final int MAX_ADDED = 30;
  private static final Logger LOG = Logger.getLogger(StageItems.class);
  private final UnitOfWork work;
  private final MilestoneService milestones;
  private final Clock clock;
  private final Ids ids;

  public StageItems(UnitOfWork work, MilestoneService milestones, Clock clock, Ids ids) {
    this.work = work;
    this.milestones = milestones;
    this.clock = clock;
    this.ids = ids;
  }

  /** The stage's standard items followed by the ones its supervisor added. */
  public List<ChecklistItem> of(Project p, int seq) {
    return of(p, milestones.get(p, seq));
  }

  List<ChecklistItem> of(Project p, Milestone m) {
    List<ChecklistItem> all = new ArrayList<>(Checklist.valueOf(m.checklist()).items());
    all.addAll(work.read(() -> ExtraItemEntity.ofStage(p.projectId(), m.seq())));
    return List.copyOf(all);
  }

  /**
   * Adds an item to the stage's checklist; the caller has checked that the supervisor of the
   * project's contract asks. The title is what the supervisor typed, 1-200 characters.
   */
  public ChecklistItem add(Project p, int seq, String title, String supervisorId) {
    String t = title == null ? "" : title.strip();
    if (t.isEmpty()) {
      throw ProblemException.badRequest("item-title-required", "name the item to check");
    }
    if (t.length() > MAX_TITLE) {
      throw ProblemException.badRequest(
          "item-title-too-long", "an item is at most " + MAX_TITLE + " characters");
    }
    Milestone m = milestones.get(p, seq);
    long added = of(p, m).size() - Checklist.valueOf(m.checklist()).items().size();
    if (added >= MAX_ADDED) {
      throw ProblemException.conflict(
          "too-many-items", "a stage takes at most " + MAX_ADDED + " added items");
    }
    String code = ids.next("sv");
    work.write(
        () ->
            new ExtraItemEntity(p.projectId(), seq, code, t, supervisorId, clock.instant())
                .persistAndFlush()
                .replaceWithVoid());
    LOG.infof("checklist item added project=%s seq=%d code=%s", p.projectId(), seq, code);
    return new ChecklistItem(code, t, null);
  }
}
