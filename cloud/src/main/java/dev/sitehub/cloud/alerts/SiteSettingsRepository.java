package dev.sitehub.cloud.alerts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes site alert settings and community quiet calendars. Settings are cached for a
 * minute because the engine needs them for every message; writes through this class invalidate.
 */
@ApplicationScoped
public class SiteSettingsRepository {
  private final AgroalDataSource dataSource;
  private final AlertsConfig config;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  // The site's time zone is edited through the sites API, which cannot invalidate this cache.
  private static final long TTL_NANOS = 60_000_000_000L;

  private record Cached(SiteAlertSettings settings, long loadedAt) {}

  public SiteSettingsRepository(AgroalDataSource dataSource, AlertsConfig config) {
    this.dataSource = dataSource;
    this.config = config;
  }

  /** The site's settings with defaults filled in. */
  public SiteAlertSettings settings(String siteId) {
    long now = System.nanoTime();
    Cached c = cache.get(siteId);
    if (c == null || now - c.loadedAt() > TTL_NANOS) {
      c = new Cached(load(siteId), now);
      cache.put(siteId, c);
    }
    return c.settings();
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
    String sql =
        "INSERT INTO alert_site_settings (site_id, time_zone, community_id, escalation_chain,"
            + " escalation_minutes, webhook_url, webhook_secret) VALUES (?,?,?,?,?,?,?)"
            + " ON CONFLICT (site_id) DO UPDATE SET time_zone = EXCLUDED.time_zone,"
            + " community_id = EXCLUDED.community_id, escalation_chain = EXCLUDED.escalation_chain,"
            + " escalation_minutes = EXCLUDED.escalation_minutes,"
            + " webhook_url = EXCLUDED.webhook_url, webhook_secret = EXCLUDED.webhook_secret,"
            + " updated_at = now()";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, siteId);
      ps.setString(2, zone.getId());
      ps.setString(3, communityId);
      ps.setArray(4, c.createArrayOf("text", escalationChain.toArray()));
      ps.setObject(5, escalationMinutes);
      ps.setString(6, webhookUrl);
      ps.setString(7, webhookSecret);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("saving alert settings of site " + siteId, e);
    } finally {
      cache.remove(siteId);
    }
  }

  /** Creates or replaces a community's quiet calendar; the spec must parse. */
  public void saveCalendar(String communityId, String spec, Set<LocalDate> holidays) {
    QuietCalendar.parse(spec, holidays);
    String sql =
        "INSERT INTO alert_quiet_calendar (community_id, spec, holidays) VALUES (?,?,?)"
            + " ON CONFLICT (community_id) DO UPDATE SET spec = EXCLUDED.spec,"
            + " holidays = EXCLUDED.holidays, updated_at = now()";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, communityId);
      ps.setString(2, spec);
      ps.setArray(3, c.createArrayOf("date", holidays.stream().map(Date::valueOf).toArray()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("saving quiet calendar of community " + communityId, e);
    }
    // Several sites may share the community; their cached calendars are now stale.
    cache.clear();
  }

  private SiteAlertSettings load(String siteId) {
    // The site's own time zone (accounts model) applies until alert settings override it.
    String sql =
        "SELECT st.timezone AS site_zone, s.site_id AS configured, s.time_zone, s.community_id,"
            + " s.escalation_chain, s.escalation_minutes, s.webhook_url, s.webhook_secret,"
            + " q.spec, q.holidays FROM (SELECT ?::text AS site_id) k"
            + " LEFT JOIN site st ON st.site_id = k.site_id"
            + " LEFT JOIN alert_site_settings s ON s.site_id = k.site_id"
            + " LEFT JOIN alert_quiet_calendar q ON q.community_id = s.community_id";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, siteId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        String siteZone = rs.getString("site_zone");
        if (rs.getString("configured") == null) {
          return defaults(siteId, siteZone);
        }
        String spec = rs.getString("spec");
        QuietCalendar calendar =
            spec == null
                ? QuietCalendar.parse(config.defaultQuietHours(), Set.of())
                : QuietCalendar.parse(spec, dates(rs.getArray("holidays")));
        Integer minutes = (Integer) rs.getObject("escalation_minutes");
        return new SiteAlertSettings(
            siteId,
            ZoneId.of(rs.getString("time_zone")),
            rs.getString("community_id"),
            calendar,
            Arrays.asList((String[]) rs.getArray("escalation_chain").getArray()),
            minutes == null ? config.escalationMinutes() : minutes,
            rs.getString("webhook_url"),
            rs.getString("webhook_secret"));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("loading alert settings of site " + siteId, e);
    }
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

  private static Set<LocalDate> dates(java.sql.Array array) throws SQLException {
    Set<LocalDate> out = new HashSet<>();
    if (array != null) {
      for (Object o : (Object[]) array.getArray()) {
        out.add(((Date) o).toLocalDate());
      }
    }
    return out;
  }
}
