package dev.sitehub.cloud.alerts;

import java.time.LocalDate;

/**
 * Tells the engine whether work is expected at a site on a day, so that silence there means a
 * stall. The milestone lifecycle implements it ("a milestone is in progress"); until then every
 * site the engine has heard from is assumed to be under works.
 */
public interface StalledSiteHook {

  boolean expectsActivity(String siteId, LocalDate day);
}
