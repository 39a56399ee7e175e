package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.common.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/** Records who was told about which alert, through which channel and why. */
@ApplicationScoped
class NotificationLog {
  private static final Logger LOG = Logger.getLogger(NotificationLog.class);
  private final NotificationRepository notifications;
  private final UnitOfWork work;

  /** One delivery record. */
  public record Entry(long alertId, String userId, String channel, String reason) {}

  NotificationLog(NotificationRepository notifications, UnitOfWork work) {
    this.notifications = notifications;
    this.work = work;
  }

  /** Records the deliveries of one alert change together. */
  void record(List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    for (Entry e : entries) {
      LOG.infof(
          "notified alert=%d user=%s channel=%s reason=%s",
          e.alertId(), e.userId(), e.channel(), e.reason());
    }
    try {
      work.write(() -> notifications.log(entries));
    } catch (RuntimeException e) {
      // The notifications themselves went out; losing their audit rows must not fail the caller.
      LOG.errorf(e, "notification log failed alert=%d", entries.get(0).alertId());
    }
  }

  public List<Entry> forAlert(long alertId) {
    return work.read(() -> notifications.logOf(alertId));
  }
}
