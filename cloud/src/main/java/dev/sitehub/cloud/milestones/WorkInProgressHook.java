package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.alerts.StalledSiteHook;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.ProjectLifecycle;
import dev.sitehub.cloud.sites.SiteTimeZones;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/**
 * Feeds the alert engine's stalled-site rule: work is expected at a site on a day when a milestone
 * of its project had started by then (in the site's zone) and is still being worked on (in
 * progress, or in rectification), so silence there is a stall; a site between stages is never
 * stalled.
 */
@ApplicationScoped
class WorkInProgressHook implements StalledSiteHook {
  private static final EnumSet<MilestoneState> BEING_WORKED_ON =
      EnumSet.of(MilestoneState.IN_PROGRESS, MilestoneState.RECTIFICATION);
  private final UnitOfWork work;
  private final MilestoneRepository milestones;
  private final ProjectLifecycle projects;
  private final SiteTimeZones zones;

  WorkInProgressHook(
      UnitOfWork work,
      MilestoneRepository milestones,
      ProjectLifecycle projects,
      SiteTimeZones zones) {
    this.work = work;
    this.milestones = milestones;
    this.projects = projects;
    this.zones = zones;
  }

  @Override
  public boolean expectsActivity(String siteId, LocalDate day) {
    return work.read(
        () ->
            projects
                .projectsOnSite(siteId)
                .chain(ids -> milestones.inStates(ids, BEING_WORKED_ON))
                .chain(
                    worked ->
                        worked.isEmpty()
                            ? Uni.createFrom().item(false)
                            : zones
                                .zoneOf(siteId)
                                .map(zone -> startedBy(worked, zone.orElse("UTC"), day))));
  }

  private static boolean startedBy(List<MilestoneEntity> worked, String zoneId, LocalDate day) {
    ZoneId zone = zone(zoneId);
    return worked.stream()
        .anyMatch(
            m -> m.actualStart == null || !LocalDate.ofInstant(m.actualStart, zone).isAfter(day));
  }

  private static ZoneId zone(String zoneId) {
    try {
      return ZoneId.of(zoneId);
    } catch (DateTimeException e) {
      return ZoneId.of("UTC");
    }
  }
}
