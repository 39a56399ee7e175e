package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.AlertSettings;
import dev.sitehub.cloud.alerts.AlertsConfig;
import dev.sitehub.cloud.alerts.SiteAlertSettings;
import dev.sitehub.cloud.alerts.WebhookTargets;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Delivers due webhook outbox rows with an HMAC signature, retrying failures with exponential
 * backoff until the configured number of attempts. Rows are locked with SKIP LOCKED, so several
 * instances can run it at once without double delivery.
 */
@ApplicationScoped
public class WebhookDispatcher {
  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
  private static final int BATCH = 20;

  private final AgroalDataSource dataSource;
  private final WebhookOutbox outbox;
  private final AlertSettings settings;
  private final AlertsConfig.Webhook config;
  private final HttpClient http;
  private final WebhookTargets targets;

  public WebhookDispatcher(
      AgroalDataSource dataSource,
      WebhookOutbox outbox,
      AlertSettings settings,
      AlertsConfig config) {
    this.dataSource = dataSource;
    this.outbox = outbox;
    this.settings = settings;
    this.config = config.webhook();
    this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
    this.targets = WebhookTargets.of(this.config);
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
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (WebhookOutbox.Delivery d : outbox.lockDue(c, now, BATCH)) {
          if (attempt(c, d, now)) {
            ok++;
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      LOG.errorf(e, "webhook outbox poll failed");
    }
    return ok;
  }

  private boolean attempt(Connection c, WebhookOutbox.Delivery d, Instant now) throws SQLException {
    SiteAlertSettings s = settings.forSite(d.siteId());
    String error;
    // Checked again at delivery: the host's addresses may have changed since the URL was saved.
    java.util.Optional<String> refused = targets.refusal(d.url());
    boolean permanent = refused.isPresent();
    if (permanent) {
      error = refused.get();
    } else if (s.webhookSecret() == null) {
      error = "site has no webhook secret";
    } else {
      long ts = now.getEpochSecond();
      try {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(d.url()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(ts))
                .header(WebhookSigner.DELIVERY_HEADER, Long.toString(d.id()))
                .header(
                    WebhookSigner.SIGNATURE_HEADER,
                    WebhookSigner.sign(s.webhookSecret(), ts, d.body()))
                .POST(HttpRequest.BodyPublishers.ofString(d.body()))
                .build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status / 100 == 2) {
          outbox.delivered(c, d.id(), now);
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
    outbox.failed(c, d.id(), error, next, now);
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
