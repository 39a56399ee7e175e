package dev.sitehub.cloud.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Escalates critical alerts nobody acknowledged: every N minutes (per site, default from config)
 * the next person of the site's escalation chain is told. Safe with several instances: each step is
 * a compare-and-set on the alert's escalation level.
 */
@ApplicationScoped
public class Escalator {
  private final AlertStore store;
  private final SiteSettingsRepository settings;

  Escalator(AlertStore store, SiteSettingsRepository settings) {
    this.store = store;
    this.settings = settings;
  }

  /** Escalates what is due at {@code now}; returns how many steps were taken. */
  public int run(Instant now) {
    int steps = 0;
    for (Alert a : store.openCritical()) {
      SiteAlertSettings s = settings.settings(a.siteId());
      List<String> chain = s.escalationChain();
      int level = a.escalationLevel();
      Duration due = Duration.ofMinutes((long) s.escalationMinutes() * (level + 1));
      if (level < chain.size() && !now.isBefore(a.openedAt().plus(due))) {
        if (store.escalate(a.id(), level, chain.get(level)).isPresent()) {
          steps++;
        }
      }
    }
    return steps;
  }
}
