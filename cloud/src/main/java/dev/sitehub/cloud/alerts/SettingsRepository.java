package dev.sitehub.cloud.alerts;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Site alert settings and community quiet calendars through Hibernate Reactive; each method is work
 * for a unit of work.
 */
@ApplicationScoped
class SettingsRepository implements PanacheRepositoryBase<SiteSettingsEntity, String> {

  Uni<QuietCalendarEntity> calendar(String communityId) {
    return getSession().chain(s -> s.find(QuietCalendarEntity.class, communityId));
  }

  /** Creates or replaces a site's settings. */
  Uni<Void> save(
      String siteId,
      String zone,
      String communityId,
      List<String> escalationChain,
      Integer escalationMinutes,
      String webhookUrl,
      String webhookSecret,
      Instant now) {
    return findById(siteId)
        .chain(
            found -> {
              SiteSettingsEntity row = found == null ? new SiteSettingsEntity(siteId) : found;
              row.timeZone = zone;
              row.communityId = communityId;
              row.escalationChain = escalationChain.toArray(String[]::new);
              row.escalationMinutes = escalationMinutes;
              row.webhookUrl = webhookUrl;
              row.webhookSecret = webhookSecret;
              row.updatedAt = now;
              return found == null ? persistAndFlush(row).replaceWithVoid() : flush();
            });
  }

  /** Creates or replaces a community's quiet calendar. */
  Uni<Void> saveCalendar(String communityId, String spec, Set<LocalDate> holidays, Instant now) {
    return getSession()
        .chain(
            s ->
                s.find(QuietCalendarEntity.class, communityId)
                    .chain(
                        found -> {
                          QuietCalendarEntity row =
                              found == null ? new QuietCalendarEntity(communityId) : found;
                          row.spec = spec;
                          row.holidays = holidays.stream().sorted().toArray(LocalDate[]::new);
                          row.updatedAt = now;
                          return (found == null ? s.persist(row) : Uni.createFrom().voidItem())
                              .chain(s::flush);
                        }));
  }
}
