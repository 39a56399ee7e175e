package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.common.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stores notification preferences per user. */
@ApplicationScoped
class PreferenceRepository {
  private final NotificationRepository notifications;
  private final UnitOfWork work;

  PreferenceRepository(NotificationRepository notifications, UnitOfWork work) {
    this.notifications = notifications;
    this.work = work;
  }

  /** The user's preferences, or the defaults when none were saved. */
  public NotificationPreference find(String userId) {
    return findAll(List.of(userId)).get(userId);
  }

  /** The preferences of each user, defaults for those who saved none: one read for all. */
  Map<String, NotificationPreference> findAll(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    Map<String, NotificationPreference> out =
        new HashMap<>(work.read(() -> notifications.preferences(userIds)));
    for (String u : userIds) {
      out.computeIfAbsent(u, NotificationPreference::defaultFor);
    }
    return out;
  }

  public void save(NotificationPreference p) {
    try {
      work.write(() -> notifications.savePreference(p, Instant.now()));
    } catch (RuntimeException e) {
      // A concurrent first save of the same user inserted the row; ours now updates it.
      if (!UnitOfWork.isUniqueViolation(e)) {
        throw e;
      }
      work.write(() -> notifications.savePreference(p, Instant.now()));
    }
  }
}
