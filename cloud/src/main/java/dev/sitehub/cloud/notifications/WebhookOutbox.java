package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.Alert;
import dev.sitehub.cloud.common.UnitOfWork;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The durable queue of webhook deliveries, written in the alert change's own unit of work. */
@ApplicationScoped
public class WebhookOutbox {
  private final NotificationRepository notifications;
  private final UnitOfWork work;

  /** One pending delivery. */
  public record Delivery(
      long id, String siteId, long alertId, String url, String body, int attempts) {}

  /** The state of one delivery as a test or operator sees it. */
  public record Status(int attempts, boolean delivered, boolean failed, String lastError) {}

  WebhookOutbox(NotificationRepository notifications, UnitOfWork work) {
    this.notifications = notifications;
    this.work = work;
  }

  /** Work that queues a delivery inside the caller's unit of work. */
  Uni<Void> enqueuing(Alert alert, String url, String body) {
    return notifications.enqueue(alert.siteId(), alert.id(), url, body);
  }

  /**
   * Takes up to {@code max} deliveries due at {@code now}, leased to the caller until {@code
   * leaseEnd}; others skip them meanwhile.
   */
  List<Delivery> claimDue(Instant now, int max, Instant leaseEnd) {
    return work.write(() -> notifications.claimDue(now, max, leaseEnd));
  }

  void delivered(long id, Instant at) {
    work.write(() -> notifications.delivered(id, at));
  }

  /** Records a failed attempt: retry at {@code next}, or give up when {@code next} is null. */
  void failed(long id, String error, Instant next, Instant now) {
    work.write(() -> notifications.failed(id, error, next, now));
  }

  /** Deliveries of one alert, oldest first. */
  public List<Status> forAlert(long alertId) {
    return work.read(() -> notifications.outboxOf(alertId));
  }
}
