package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.AlertSettings;
import dev.sitehub.cloud.alerts.AlertsConfig;
import dev.sitehub.cloud.alerts.SiteAlertSettings;
import dev.sitehub.cloud.alerts.WebhookTargets;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Delivers due webhook outbox rows with an HMAC signature, retrying failures with exponential
 * backoff until the configured number of attempts. A poll claims its rows (SKIP LOCKED, then a
 * lease on their due time) in one short transaction and sends them outside any, so several
 * instances can run it at once without double delivery and no connection waits on a slow receiver.
 */
@ApplicationScoped
class WebhookDispatcher {
  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
  private static final int BATCH = 20;

  private final WebhookOutbox outbox;
  private final AlertSettings settings;
  private final AlertsConfig.Webhook config;
  private final WebhookSender sender;
  private final WebhookTargets targets;

  public WebhookDispatcher(
      WebhookOutbox outbox, AlertSettings settings, AlertsConfig config, Vertx vertx) {
    this.outbox = outbox;
    this.settings = settings;
    this.config = config.webhook();
    this.sender = new WebhookSender(vertx, this.config.timeout());
    this.targets = WebhookTargets.of(this.config);
  }

  @PreDestroy
  void close() {
    sender.close();
  }

  @Scheduled(
      every = "${sitehub.alerts.webhook.poll-period:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    deliverDue(Instant.now());
  }

  /** Attempts every delivery due at {@code now}; returns how many succeeded. */
  public int deliverDue(Instant now) {
    int ok = 0;
    try {
      for (WebhookOutbox.Delivery d : outbox.claimDue(now, BATCH, now.plus(lease()))) {
        if (attempt(d, now)) {
          ok++;
        }
      }
    } catch (RuntimeException e) {
      LOG.errorf(e, "webhook outbox poll failed");
    }
    return ok;
  }

  // Long enough for a whole batch of attempts that each time out connecting and then answering.
  private Duration lease() {
    return config.timeout().multipliedBy(2L * BATCH + 1);
  }

  private boolean attempt(WebhookOutbox.Delivery d, Instant now) {
    SiteAlertSettings s = settings.forSite(d.siteId());
    String error;
    // Vetted again at delivery, because the host's addresses may have changed since the URL was
    // saved, and sent to the very address that was vetted (no second lookup).
    WebhookTargets.Vetted target = targets.vet(d.url());
    boolean permanent = !target.cleared();
    if (permanent) {
      error = target.refusal();
    } else if (s.webhookSecret() == null) {
      error = "site has no webhook secret";
    } else {
      long ts = now.getEpochSecond();
      try {
        Map<String, String> headers =
            Map.of(
                "Content-Type",
                "application/json",
                WebhookSigner.TIMESTAMP_HEADER,
                Long.toString(ts),
                WebhookSigner.DELIVERY_HEADER,
                Long.toString(d.id()),
                WebhookSigner.SIGNATURE_HEADER,
                WebhookSigner.sign(s.webhookSecret(), ts, d.body()));
        int status = sender.post(target, headers, d.body());
        if (status / 100 == 2) {
          outbox.delivered(d.id(), now);
          LOG.infof("webhook delivered id=%d site=%s alert=%d", d.id(), d.siteId(), d.alertId());
          return true;
        }
        error = "HTTP " + status;
      } catch (IOException | IllegalArgumentException e) {
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        error = "interrupted";
      }
    }
    int attempts = d.attempts() + 1;
    Instant next =
        permanent || attempts >= config.maxAttempts() ? null : now.plus(backoff(attempts));
    outbox.failed(d.id(), error, next, now);
    LOG.warnf(
        "webhook failed id=%d site=%s attempt=%d %s: %s",
        d.id(), d.siteId(), attempts, next == null ? "giving up" : "retry at " + next, error);
    return false;
  }

  private Duration backoff(int attempts) {
    Duration d = config.backoff().multipliedBy(1L << Math.min(attempts - 1, 20));
    return d.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : d;
  }
}
