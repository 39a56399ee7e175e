package dev.sitehub.cloud.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Raises a MILESTONE_OVERDUE alert for each open deadline whose day has passed in the site's time
 * zone, and resolves it once the work is accepted (or re-planned). It keeps no state: what is open
 * comes from the database, so restarts and several instances agree.
 */
@ApplicationScoped
class OverdueWatch {
  static final String SOURCE_PREFIX = "deadline/";
  private static final Logger LOG = Logger.getLogger(OverdueWatch.class);
  private final DeadlineHook hook;
  private final RuleBook rules;
  private final AlertStore store;
  private final SiteSettingsRepository settings;

  OverdueWatch(
      DeadlineHook hook, RuleBook rules, AlertStore store, SiteSettingsRepository settings) {
    this.hook = hook;
    this.rules = rules;
    this.store = store;
    this.settings = settings;
  }

  void check(Instant now) {
    Map<String, Deadline> overdue = new HashMap<>();
    for (Deadline d : hook.openDeadlines()) {
      LocalDate today = LocalDate.ofInstant(now, settings.settings(d.siteId()).zone());
      if (d.due().isBefore(today)) {
        overdue.put(d.siteId() + "\n" + SOURCE_PREFIX + d.key(), d);
      }
    }
    Map<String, Alert> open = new HashMap<>();
    for (Alert a : store.unresolvedFromSources(SOURCE_PREFIX)) {
      open.put(a.siteId() + "\n" + a.type() + "\n" + a.source(), a);
    }
    for (Deadline d : overdue.values()) {
      for (AlertRule rule : rules.rules(d.siteId())) {
        String source = SOURCE_PREFIX + d.key();
        if (rule.enabled()
            && rule instanceof AlertRule.MilestoneOverdue
            && !open.containsKey(d.siteId() + "\n" + rule.code() + "\n" + source)) {
          store.raise(
              d.siteId(),
              rule.code(),
              source,
              rule.severity(),
              AlertDetail.overdue(d.label(), String.valueOf(d.due())),
              now);
        }
      }
    }
    for (Alert a : open.values()) {
      if (!overdue.containsKey(a.siteId() + "\n" + a.source()) && autoResolves(a)) {
        store.autoResolve(a.siteId(), a.type(), a.source(), now, "accepted or no longer overdue");
        LOG.debugf("overdue resolved site=%s source=%s", a.siteId(), a.source());
      }
    }
  }

  private boolean autoResolves(Alert a) {
    Optional<AlertRule> rule = rules.rule(a.siteId(), a.type());
    return rule.isEmpty() || rule.get().autoResolve();
  }
}
