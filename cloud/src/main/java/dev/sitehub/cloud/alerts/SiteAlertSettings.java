package dev.sitehub.cloud.alerts;

import java.time.ZoneId;
import java.util.List;

/**
 * A site's alert settings, defaults applied: time zone, quiet calendar, escalation chain and the
 * optional webhook. {@code webhookSecret} is never returned by the API.
 */
public record SiteAlertSettings(
    String siteId,
    ZoneId zone,
    String communityId,
    QuietCalendar calendar,
    List<String> escalationChain,
    int escalationMinutes,
    String webhookUrl,
    String webhookSecret) {
  public SiteAlertSettings {
    escalationChain = List.copyOf(escalationChain);
  }

  @Override
  public String toString() {
    return "SiteAlertSettings[siteId=" + siteId + ", zone=" + zone + ", secret=<redacted>]";
  }
}
