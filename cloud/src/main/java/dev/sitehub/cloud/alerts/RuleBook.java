package dev.sitehub.cloud.alerts;

import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SensorKind;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules of each site. A site's rules are seeded from the configured defaults the first time
 * they are needed, then edited through the API; reads are cached for a minute for the ingestion
 * path, and edits through this class invalidate the cache at once.
 */
@ApplicationScoped
public class RuleBook {
  private static final String COLUMNS =
      "code, kind, severity, enabled, auto_resolve, metric, comparison, limit_value,"
          + " sustain_seconds, consecutive, quiet_hours_only, event_types, offline_minutes,"
          + " min_free_bytes, working_days";

  private final AgroalDataSource dataSource;
  private final AlertsConfig config;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  // Another instance may have edited the rules; its edits reach this one within the TTL.
  private static final long TTL_NANOS = 60_000_000_000L;

  private record Cached(List<AlertRule> rules, long loadedAt) {}

  public RuleBook(AgroalDataSource dataSource, AlertsConfig config) {
    this.dataSource = dataSource;
    this.config = config;
  }

  /** The configured defaults every new site gets. */
  public List<AlertRule> defaults() {
    List<AlertRule> out = new ArrayList<>();
    config.rules().forEach((code, d) -> out.add(d.toRule(code)));
    out.sort(java.util.Comparator.comparing(AlertRule::code));
    return out;
  }

  /** All rules of a site, enabled or not, seeding the defaults on first use. */
  public List<AlertRule> rules(String siteId) {
    long now = System.nanoTime();
    // compute() serializes loaders of one site, so concurrent first messages seed only once.
    return cache
        .compute(
            siteId,
            (k, c) ->
                c == null || now - c.loadedAt() > TTL_NANOS ? new Cached(loadOrSeed(k), now) : c)
        .rules();
  }

  public Optional<AlertRule> rule(String siteId, String code) {
    return rules(siteId).stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /** Creates or replaces one rule; the caller has validated it. Returns true if it was new. */
  public boolean save(String siteId, AlertRule rule) {
    rules(siteId);
    try (Connection c = dataSource.getConnection()) {
      boolean existed = delete(c, siteId, rule.code()) > 0;
      insert(c, siteId, rule);
      return !existed;
    } catch (SQLException e) {
      throw new IllegalStateException("saving rule " + rule.code() + " of site " + siteId, e);
    } finally {
      cache.remove(siteId);
    }
  }

  /** Deletes one rule; returns false if the site had no such rule. */
  public boolean delete(String siteId, String code) {
    rules(siteId);
    try (Connection c = dataSource.getConnection()) {
      return delete(c, siteId, code) > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("deleting rule " + code + " of site " + siteId, e);
    } finally {
      cache.remove(siteId);
    }
  }

  private List<AlertRule> loadOrSeed(String siteId) {
    try (Connection c = dataSource.getConnection()) {
      List<AlertRule> rules = load(c, siteId);
      if (rules.isEmpty()) {
        // A site that deleted every rule gets the defaults again; disabling rules is the way to
        // silence a site. One transaction, so another instance never loads half the defaults.
        c.setAutoCommit(false);
        try {
          for (AlertRule r : defaults()) {
            insert(c, siteId, r);
          }
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
        rules = load(c, siteId);
      }
      return List.copyOf(rules);
    } catch (SQLException e) {
      throw new IllegalStateException("loading rules of site " + siteId, e);
    }
  }

  private static List<AlertRule> load(Connection c, String siteId) throws SQLException {
    List<AlertRule> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM alert_rule WHERE site_id = ? ORDER BY code")) {
      ps.setString(1, siteId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
    }
    return out;
  }

  private static int delete(Connection c, String siteId, String code) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM alert_rule WHERE site_id = ? AND code = ?")) {
      ps.setString(1, siteId);
      ps.setString(2, code);
      return ps.executeUpdate();
    }
  }

  private static void insert(Connection c, String siteId, AlertRule r) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO alert_rule (site_id, "
                + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, siteId);
      ps.setString(2, r.code());
      ps.setString(3, r.kind().name());
      ps.setString(4, r.severity().name());
      ps.setBoolean(5, r.enabled());
      ps.setBoolean(6, r.autoResolve());
      ps.setString(7, r.metric() == null ? null : r.metric().name());
      ps.setString(8, r.comparison() == null ? null : r.comparison().name());
      ps.setObject(9, r.limit());
      ps.setObject(10, r.sustainSeconds());
      ps.setObject(11, r.consecutive());
      ps.setBoolean(12, r.quietHoursOnly());
      ps.setArray(13, c.createArrayOf("text", r.events().stream().map(Enum::name).toArray()));
      ps.setObject(14, r.offlineMinutes());
      ps.setObject(15, r.minFreeBytes());
      ps.setObject(16, r.workingDays());
      ps.executeUpdate();
    }
  }

  private static AlertRule map(ResultSet rs) throws SQLException {
    Set<EventType> events = EnumSet.noneOf(EventType.class);
    for (String e : (String[]) rs.getArray("event_types").getArray()) {
      events.add(EventType.valueOf(e));
    }
    String metric = rs.getString("metric");
    String comparison = rs.getString("comparison");
    return new AlertRule(
        rs.getString("code"),
        RuleKind.valueOf(rs.getString("kind")),
        Severity.valueOf(rs.getString("severity")),
        rs.getBoolean("enabled"),
        rs.getBoolean("auto_resolve"),
        metric == null ? null : SensorKind.valueOf(metric),
        comparison == null ? null : Comparison.valueOf(comparison),
        (Double) rs.getObject("limit_value"),
        (Integer) rs.getObject("sustain_seconds"),
        (Integer) rs.getObject("consecutive"),
        rs.getBoolean("quiet_hours_only"),
        events,
        (Integer) rs.getObject("offline_minutes"),
        (Long) rs.getObject("min_free_bytes"),
        (Integer) rs.getObject("working_days"));
  }
}
