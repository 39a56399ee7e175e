package dev.sitehub.cloud.accounts;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Sends the reset link through the Quarkus mailer, in Chinese with English below (accounts keep no
 * language, and the alert e-mails default to Chinese too). It does not wait for the SMTP server, so
 * the answer to a reset request takes as long whether or not a mail goes out.
 */
@ApplicationScoped
class PasswordResetMail {
  private static final Logger LOG = Logger.getLogger(PasswordResetMail.class);
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
  static final String SUBJECT = "SiteHub 重置密码 / Reset your SiteHub password";

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance reset(String link, long minutes);
  }

  private final ReactiveMailer mailer;
  private final AuthConfig config;

  PasswordResetMail(ReactiveMailer mailer, AuthConfig config) {
    this.mailer = mailer;
    this.config = config;
  }

  void send(String userId, String to, String token, Duration lifetime) {
    String base = config.reset().portalUrl().replaceAll("/+$", "");
    String link = base + "/portal/password/reset?token=" + token;
    String text = Templates.reset(link, lifetime.toMinutes()).render();
    Mail mail = Mail.withText(to, SUBJECT, text);
    io.smallrye.mutiny.Uni.createFrom()
        .deferred(() -> mailer.send(mail))
        // A mail server that stops answering must show up in the log, not hang silently.
        .ifNoItem()
        .after(SEND_TIMEOUT)
        .fail()
        // One more attempt on a fresh send: a send that hung on one SMTP connection (seen once
        // in CI, 2026-12-07) must not lose the only link the person asked for.
        .onFailure()
        .invoke(e -> LOG.warnf("password reset mail attempt failed user=%s: %s", userId, e))
        .onFailure()
        .retry()
        .atMost(1)
        .subscribe()
        .with(
            ok -> LOG.infof("password reset mail sent user=%s", userId),
            err -> LOG.errorf("password reset mail failed user=%s: %s", userId, err.getMessage()));
  }
}
