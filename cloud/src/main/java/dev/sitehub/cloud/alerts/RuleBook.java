package dev.sitehub.cloud.alerts;

import dev.sitehub.cloud.common.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules of each site. A site's rules are seeded from the configured defaults the first time
 * they are needed, then edited through the API; reads are cached for a minute for the ingestion
 * path, and edits through this class invalidate the cache at once.
 */
@ApplicationScoped
public class RuleBook {
  private final RuleRepository repository;
  private final UnitOfWork work;
  private final AlertsConfig config;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  // Another instance may have edited the rules; its edits reach this one within the TTL.
  private static final long TTL_NANOS = 60_000_000_000L;

  private record Cached(List<AlertRule> rules, long loadedAt) {}

  RuleBook(RuleRepository repository, UnitOfWork work, AlertsConfig config) {
    this.repository = repository;
    this.work = work;
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
    try {
      return work.write(
          () ->
              repository
                  .remove(siteId, rule.code())
                  .call(() -> repository.insert(siteId, List.of(rule)))
                  .map(existed -> !existed));
    } finally {
      cache.remove(siteId);
    }
  }

  /** Deletes one rule; returns false if the site had no such rule. */
  public boolean delete(String siteId, String code) {
    rules(siteId);
    try {
      return work.write(() -> repository.remove(siteId, code));
    } finally {
      cache.remove(siteId);
    }
  }

  private List<AlertRule> loadOrSeed(String siteId) {
    List<AlertRule> rules = work.read(() -> repository.rules(siteId));
    if (rules.isEmpty()) {
      // A site that deleted every rule gets the defaults again; disabling rules is the way to
      // silence a site. One unit of work, so another instance never loads half the defaults.
      try {
        work.write(() -> repository.insert(siteId, defaults()));
      } catch (RuntimeException e) {
        // Another instance seeded the site first: its defaults are as good as ours.
        if (!UnitOfWork.isUniqueViolation(e)) {
          throw e;
        }
      }
      rules = work.read(() -> repository.rules(siteId));
    }
    return List.copyOf(rules);
  }
}
