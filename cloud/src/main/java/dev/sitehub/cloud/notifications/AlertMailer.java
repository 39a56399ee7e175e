package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.Alert;
import dev.sitehub.cloud.alerts.AlertChange;
import dev.sitehub.cloud.alerts.AlertTexts;
import dev.sitehub.cloud.alerts.AlertsConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.jboss.logging.Logger;

/** Sends alert e-mails through the Quarkus mailer without blocking the caller. */
@ApplicationScoped
class AlertMailer {
  private static final Logger LOG = Logger.getLogger(AlertMailer.class);
  private final ReactiveMailer mailer;
  private final AlertsConfig config;

  public AlertMailer(ReactiveMailer mailer, AlertsConfig config) {
    this.mailer = mailer;
    this.config = config;
  }

  void send(String to, AlertChange change) {
    send(to, change, AlertTexts.DEFAULT);
  }

  /** Sends in {@code locale}; accounts keep no language yet, so callers pass zh-CN. */
  void send(String to, AlertChange change, Locale locale) {
    Alert a = change.alert();
    String subject = AlertTexts.mailSubject(a, change.escalatedTo() != null, locale);
    String text = AlertTexts.mailBody(a, locale);
    mailer
        .send(Mail.withText(to, subject, text).setFrom(config.mailFrom()))
        .subscribe()
        .with(
            ok -> LOG.infof("alert mail sent alert=%d site=%s", a.id(), a.siteId()),
            err -> LOG.errorf("alert mail failed alert=%d: %s", a.id(), err.getMessage()));
  }
}
