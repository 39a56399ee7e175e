package dev.sitehub.cloud.alerts;

import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.sites.SiteTimeZones;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads and writes site alert settings and community quiet calendars. Settings are cached for a
 * minute because the engine needs them for every message; writes through this class invalidate.
 */
@ApplicationScoped
public class SiteSettingsRepository {
  private final SettingsRepository rows;
  private final SiteTimeZones siteZones;
  private final UnitOfWork work;
  private final AlertsConfig config;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  // The site's time zone is edited through the sites API, which cannot invalidate this cache.
  private static final long TTL_NANOS = 60_000_000_000L;

  private record Cached(SiteAlertSettings settings, long loadedAt) {}

  SiteSettingsRepository(
      SettingsRepository rows, SiteTimeZones siteZones, UnitOfWork work, AlertsConfig config) {
    this.rows = rows;
    this.siteZones = siteZones;
    this.work = work;
    this.config = config;
  }

  /** The site's settings with defaults filled in. */
  public SiteAlertSettings settings(String siteId) {
    Cached c = cache.get(siteId);
    long now = System.nanoTime();
    if (c == null || now - c.loadedAt() > TTL_NANOS) {
      c = new Cached(work.read(() -> load(siteId)), now);
      cache.put(siteId, c);
    }
    return c.settings();
  }

  /** As {@link #settings}, as work inside the caller's unit of work (a cache hit reads nothing). */
  Uni<SiteAlertSettings> loading(String siteId) {
    Cached c = cache.get(siteId);
    long now = System.nanoTime();
    if (c != null && now - c.loadedAt() <= TTL_NANOS) {
      return Uni.createFrom().item(c.settings());
    }
    return load(siteId).invoke(s -> cache.put(siteId, new Cached(s, now)));
  }

  /** Creates or replaces a site's settings. */
  public void save(
      String siteId,
      ZoneId zone,
      String communityId,
      List<String> escalationChain,
      Integer escalationMinutes,
      String webhookUrl,
      String webhookSecret) {
    try {
      upsert(
          () ->
              rows.save(
                  siteId,
                  zone.getId(),
                  communityId,
                  escalationChain,
                  escalationMinutes,
                  webhookUrl,
                  webhookSecret,
                  Instant.now()));
    } finally {
      cache.remove(siteId);
    }
  }

  /** Creates or replaces a community's quiet calendar; the spec must parse. */
  public void saveCalendar(String communityId, String spec, Set<LocalDate> holidays) {
    QuietCalendar.parse(spec, holidays);
    upsert(() -> rows.saveCalendar(communityId, spec, holidays, Instant.now()));
    // Several sites may share the community; their cached calendars are now stale.
    cache.clear();
  }

  // A concurrent first save of the same row wins the insert; ours then updates it.
  private void upsert(Supplier<Uni<Void>> save) {
    try {
      work.write(save);
    } catch (RuntimeException e) {
      if (!UnitOfWork.isUniqueViolation(e)) {
        throw e;
      }
      work.write(save);
    }
  }

  private Uni<SiteAlertSettings> load(String siteId) {
    return rows.findById(siteId)
        .chain(
            s -> {
              if (s == null) {
                // The site's own time zone (sites model) applies until alert settings override it.
                return siteZones.zoneOf(siteId).map(z -> defaults(siteId, z.orElse(null)));
              }
              Uni<QuietCalendarEntity> calendar =
                  s.communityId == null
                      ? Uni.createFrom().nullItem()
                      : rows.calendar(s.communityId);
              return calendar.map(q -> settings(s, q));
            });
  }

  private SiteAlertSettings settings(SiteSettingsEntity s, QuietCalendarEntity q) {
    QuietCalendar calendar =
        q == null
            ? QuietCalendar.parse(config.defaultQuietHours(), Set.of())
            : QuietCalendar.parse(
                q.spec, q.holidays == null ? Set.of() : new HashSet<>(Arrays.asList(q.holidays)));
    return new SiteAlertSettings(
        s.siteId,
        ZoneId.of(s.timeZone),
        s.communityId,
        calendar,
        s.escalationChain == null ? List.of() : Arrays.asList(s.escalationChain),
        s.escalationMinutes == null ? config.escalationMinutes() : s.escalationMinutes,
        s.webhookUrl,
        s.webhookSecret);
  }

  private SiteAlertSettings defaults(String siteId, String siteZone) {
    return new SiteAlertSettings(
        siteId,
        ZoneId.of(siteZone == null ? config.defaultTimeZone() : siteZone),
        null,
        QuietCalendar.parse(config.defaultQuietHours(), Set.of()),
        List.of(),
        config.escalationMinutes(),
        null,
        null);
  }
}
