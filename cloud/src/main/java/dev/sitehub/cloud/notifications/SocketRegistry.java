package dev.sitehub.cloud.notifications;

import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The open alert sockets of this instance, by user, so a push reaches every tab a user has open.
 */
@ApplicationScoped
public class SocketRegistry {
  private static final Logger LOG = Logger.getLogger(SocketRegistry.class);
  private final Map<String, Set<WebSocketConnection>> byUser = new ConcurrentHashMap<>();

  void add(String userId, WebSocketConnection connection) {
    byUser.computeIfAbsent(userId, u -> ConcurrentHashMap.newKeySet()).add(connection);
  }

  void remove(String userId, WebSocketConnection connection) {
    byUser.computeIfPresent(
        userId,
        (u, set) -> {
          set.remove(connection);
          return set.isEmpty() ? null : set;
        });
  }

  /** Sends without blocking; returns how many of the user's sockets it was handed to. */
  public int send(String userId, String json) {
    Set<WebSocketConnection> set = byUser.getOrDefault(userId, Set.of());
    int sent = 0;
    for (WebSocketConnection c : set) {
      if (c.isOpen()) {
        c.sendText(json)
            .subscribe()
            .with(
                ok -> {},
                err -> LOG.warnf("alert push failed user=%s: %s", userId, err.getMessage()));
        sent++;
      }
    }
    return sent;
  }

  public boolean connected(String userId) {
    return !byUser.getOrDefault(userId, Set.of()).isEmpty();
  }
}
