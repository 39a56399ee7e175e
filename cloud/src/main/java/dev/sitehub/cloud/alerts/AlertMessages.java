package dev.sitehub.cloud.alerts;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The alert pages' texts in English; alertmsg_zh_CN.properties holds the Chinese ones under the
 * same keys. A bundle of its own keeps the portal's shared bundle small.
 */
@MessageBundle(value = "alertmsg", locale = "en")
public interface AlertMessages {
  @Message("Alert inbox")
  String inboxTitle();

  @Message("Alerts")
  String alerts();

  @Message("Alerts at {site}")
  String siteAlertsTitle(String site);

  @Message("Filters")
  String filters();

  @Message("Status")
  String filterStatus();

  @Message("Severity")
  String filterSeverity();

  @Message("Site")
  String filterSite();

  @Message("All my sites")
  String allSites();

  @Message("Any severity")
  String anySeverity();

  @Message("Open and acknowledged")
  String statusActive();

  @Message("All, including resolved")
  String statusAll();

  @Message("Open")
  String statusOpen();

  @Message("Acknowledged")
  String statusAcknowledged();

  @Message("Resolved")
  String statusResolved();

  @Message("Critical")
  String severityCritical();

  @Message("Major")
  String severityMajor();

  @Message("Minor")
  String severityMinor();

  @Message("Warning")
  String severityWarning();

  @Message("Filter")
  String applyFilters();

  @Message("No alerts match these filters.")
  String noAlerts();

  @Message("Source")
  String source();

  @Message("First seen")
  String firstSeen();

  @Message("Last seen")
  String lastSeen();

  @Message("Occurrences")
  String occurrences();

  @Message("Acknowledged by {name} at {time}")
  String acknowledgedBy(String name, String time);

  @Message("Resolved by {name} at {time}")
  String resolvedBy(String name, String time);

  @Message("Resolved automatically at {time}: the condition cleared")
  String resolvedAuto(String time);

  @Message("Acknowledge")
  String acknowledge();

  @Message("Resolve")
  String resolve();

  @Message("Comment (optional)")
  String commentOptional();

  @Message("What was done? (required)")
  String commentRequired();

  @Message("Please describe how it was resolved.")
  String errRequired();

  @Message("At most 2000 characters, please.")
  String errTooLong();

  @Message("Someone changed this alert meanwhile; this is its current state.")
  String errConflict();

  @Message("Live updates on.")
  String liveOn();

  @Message("Live updates paused, reconnecting…")
  String liveOff();

  @Message("A new alert arrived.")
  String liveNew();

  @Message("New changes arrived.")
  String pending();

  @Message("Show them")
  String showPending();

  @Message("Alert inbox")
  String inboxLink();

  @Message("Site page")
  String sitePage();
}
