package dev.sitehub.cloud.alerts;

/** The part a member plays at a site, as far as alerting cares. */
public enum SiteRole {
  SUPERVISOR,
  HOMEOWNER,
  OTHER
}
