package dev.sitehub.cloud.alerts;

import java.time.LocalDate;

/**
 * Tells the engine whether work is expected at a site on a day, so that silence there means a
 * stall. The milestone lifecycle implements it ("a milestone is in progress"); the interface keeps
 * this package free of a dependency on milestones.
 */
public interface StalledSiteHook {

  boolean expectsActivity(String siteId, LocalDate day);
}
