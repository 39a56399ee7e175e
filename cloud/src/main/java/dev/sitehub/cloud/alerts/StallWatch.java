package dev.sitehub.cloud.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tracks the last motion or noise activity per site and raises SITE_STALLED when a site where work
 * is expected (see {@link StalledSiteHook}) has been silent for N full working days.
 */
@ApplicationScoped
class StallWatch {
  private final RuleBook rules;
  private final AlertStore store;
  private final SiteSettingsRepository settings;
  private final StalledSiteHook hook;
  private final Map<String, Instant> lastActivity = new ConcurrentHashMap<>();
  private final Map<String, Boolean> raised = new ConcurrentHashMap<>();

  StallWatch(
      RuleBook rules, AlertStore store, SiteSettingsRepository settings, StalledSiteHook hook) {
    this.rules = rules;
    this.store = store;
    this.settings = settings;
    this.hook = hook;
  }

  /** A site was heard from; without activity so far, silence counts from now. */
  void heard(String siteId, Instant at) {
    lastActivity.putIfAbsent(siteId, at);
  }

  /** Motion or noise at the site: work is going on, and a stalled alert resolves. */
  void activity(String siteId, Instant at) {
    lastActivity.merge(siteId, at, (old, now) -> now.isAfter(old) ? now : old);
    if (raised.remove(siteId) != null) {
      rules.rules(siteId).stream()
          .filter(r -> r instanceof AlertRule.SiteStalled && r.autoResolve())
          .forEach(r -> store.autoResolve(siteId, r.code(), siteId, at, "activity resumed"));
    }
  }

  void check(Instant now) {
    lastActivity.forEach((siteId, last) -> checkSite(siteId, last, now));
  }

  private void checkSite(String siteId, Instant last, Instant now) {
    SiteAlertSettings s = settings.settings(siteId);
    LocalDate today = LocalDate.ofInstant(now, s.zone());
    if (raised.containsKey(siteId) || !hook.expectsActivity(siteId, today)) {
      return;
    }
    int needed =
        rules.rules(siteId).stream()
            .filter(r -> r.enabled() && r instanceof AlertRule.SiteStalled)
            .mapToInt(r -> ((AlertRule.SiteStalled) r).workingDays())
            .max()
            .orElse(0);
    if (needed == 0) {
      return;
    }
    // Count back from yesterday through the current stretch of expected work only, so silence
    // from before the work started (or during a pause) never counts as a stall.
    int idle = 0;
    LocalDate lastDay = LocalDate.ofInstant(last, s.zone());
    for (LocalDate d = today.minusDays(1);
        d.isAfter(lastDay) && idle < needed && hook.expectsActivity(siteId, d);
        d = d.minusDays(1)) {
      if (s.calendar().isWorkingDay(d)) {
        idle++;
      }
    }
    for (AlertRule rule : rules.rules(siteId)) {
      if (rule.enabled()
          && rule instanceof AlertRule.SiteStalled stalled
          && idle >= stalled.workingDays()) {
        raised.put(siteId, Boolean.TRUE);
        store.raise(
            siteId,
            rule.code(),
            siteId,
            rule.severity(),
            AlertDetail.stalled(idle, last.toString()),
            now);
      }
    }
  }
}
