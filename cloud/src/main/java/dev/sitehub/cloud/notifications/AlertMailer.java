package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.Alert;
import dev.sitehub.cloud.alerts.AlertChange;
import dev.sitehub.cloud.alerts.AlertsConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Sends alert e-mails through the Quarkus mailer without blocking the caller. */
@ApplicationScoped
public class AlertMailer {
  private static final Logger LOG = Logger.getLogger(AlertMailer.class);
  private final ReactiveMailer mailer;
  private final AlertsConfig config;

  public AlertMailer(ReactiveMailer mailer, AlertsConfig config) {
    this.mailer = mailer;
    this.config = config;
  }

  void send(String to, AlertChange change) {
    Alert a = change.alert();
    String subject =
        String.format(
            "[SiteHub] %s %s at site %s%s",
            a.severity(),
            a.type(),
            a.siteId(),
            change.escalatedTo() == null ? "" : " (escalated, unacknowledged)");
    String text =
        String.format(
            "%s%n%nSite: %s%nSource: %s%nSeverity: %s%nFirst seen: %s%nOccurrences: %d%nAlert id: %d%n",
            a.message(),
            a.siteId(),
            a.source(),
            a.severity(),
            a.firstSeen(),
            a.occurrences(),
            a.id());
    mailer
        .send(Mail.withText(to, subject, text).setFrom(config.mailFrom()))
        .subscribe()
        .with(
            ok -> LOG.infof("alert mail sent alert=%d site=%s", a.id(), a.siteId()),
            err -> LOG.errorf("alert mail failed alert=%d: %s", a.id(), err.getMessage()));
  }
}
