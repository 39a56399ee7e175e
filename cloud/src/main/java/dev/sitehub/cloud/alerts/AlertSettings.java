package dev.sitehub.cloud.alerts;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A site's alert settings (time zone, quiet hours, webhook), as notifications read them. */
@ApplicationScoped
public class AlertSettings {
  private final SiteSettingsRepository settings;

  AlertSettings(SiteSettingsRepository settings) {
    this.settings = settings;
  }

  /** The site's settings with defaults filled in; cached for a minute. */
  public SiteAlertSettings forSite(String siteId) {
    return settings.settings(siteId);
  }

  /**
   * As {@link #forSite}, as work inside the caller's unit of work: what an {@link AlertListener}
   * uses in {@link AlertListener#inTransaction}. A cache hit reads nothing.
   */
  public Uni<SiteAlertSettings> loading(String siteId) {
    return settings.loading(siteId);
  }
}
