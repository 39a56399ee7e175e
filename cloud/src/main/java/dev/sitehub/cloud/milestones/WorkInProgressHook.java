package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.alerts.StalledSiteHook;
import dev.sitehub.cloud.common.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * Feeds the alert engine's stalled-site rule: work is expected at a site on a day when a milestone
 * of its project had started by then and is still being worked on (in progress, or in
 * rectification), so silence there is a stall; a site between stages is never stalled.
 */
@ApplicationScoped
public class WorkInProgressHook implements StalledSiteHook {
  private final UnitOfWork work;

  public WorkInProgressHook(UnitOfWork work) {
    this.work = work;
  }

  @Override
  public boolean expectsActivity(String siteId, LocalDate day) {
    return !work.read(
            () ->
                MilestoneRepository.tuples(
                    "SELECT 1 FROM milestone m JOIN project p ON p.project_id = m.project_id"
                        + " JOIN site s ON s.site_id = p.site_id WHERE p.site_id = ?1"
                        + " AND m.state IN ('IN_PROGRESS', 'RECTIFICATION')"
                        + " AND (m.actual_start IS NULL"
                        + " OR (m.actual_start AT TIME ZONE s.timezone)::date <= ?2)"
                        + " LIMIT 1",
                    siteId,
                    day))
        .isEmpty();
  }
}
