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

  /** An alert's lifecycle state; alertmsg.properties and its zh_CN file hold one text each. */
  @Message
  String status(AlertStatus status);

  /** An alert's severity; alertmsg.properties and its zh_CN file hold one text each. */
  @Message
  String severity(Severity severity);

  @Message("Open and acknowledged")
  String statusActive();

  @Message("All, including resolved")
  String statusAll();

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

  /** An alert's headline: what happened, by the kind of its facts. */
  @Message
  String headline(AlertDetail.Kind kind);

  @Message("{metric} {value} {unit} above {limit} at {device}")
  String readingAbove(String metric, String value, String unit, String limit, String device);

  @Message("{metric} {value} {unit} below {limit} at {device}")
  String readingBelow(String metric, String value, String unit, String limit, String device);

  @Message("{metric} {value} {unit} above {limit} at {device} during quiet hours")
  String readingAboveQuiet(String metric, String value, String unit, String limit, String device);

  @Message("{metric} {value} {unit} below {limit} at {device} during quiet hours")
  String readingBelowQuiet(String metric, String value, String unit, String limit, String device);

  @Message("{event} at {device}")
  String eventAt(String event, String device);

  @Message("{event} during quiet hours at {device}")
  String eventQuiet(String event, String device);

  @Message("device {device} offline: last will received at {time}")
  String offlineWill(String device, String time);

  @Message("device {device} offline: no heartbeat since {time}")
  String offlineSilent(String device, String time);

  @Message("no motion or noise activity for {days} working days since {since}")
  String stalled(int days, String since);

  @Message("{label} was due {due} and is not accepted")
  String overdue(String label, String due);

  @Message("[SiteHub] {severity} {rule}: {headline} · site {site}")
  String mailSubject(String severity, String rule, String headline, String site);

  @Message(" (escalated, unacknowledged)")
  String mailEscalated();

  @Message(
      "{sentence}\n\nSite: {site}\nSource: {source}\nSeverity: {severity}\nFirst seen: {firstSeen}\n"
          + "Occurrences: {occurrences}\nAlert id: {id}\n")
  String mailBody(
      String sentence,
      String site,
      String source,
      String severity,
      String firstSeen,
      int occurrences,
      long id);

  /**
   * Why an acknowledge or resolve form came back; alertmsg.properties and its zh_CN file hold one
   * text each.
   */
  @Message
  String problem(AlertProblem problem);
}
