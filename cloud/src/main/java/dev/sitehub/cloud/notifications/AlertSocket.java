package dev.sitehub.cloud.notifications;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The portal's live alert feed: a signed-in user opens it once and receives, as JSON {@link
 * AlertMessage}s, the changes to alerts of the sites where they are told about them.
 */
@Authenticated
@WebSocket(path = "/ws/alerts")
public class AlertSocket {
  private final SocketRegistry registry;
  private final SecurityIdentity identity;

  public AlertSocket(SocketRegistry registry, SecurityIdentity identity) {
    this.registry = registry;
    this.identity = identity;
  }

  @OnOpen
  void open(WebSocketConnection connection) {
    registry.add(userId(), connection);
  }

  @OnClose
  void close(WebSocketConnection connection) {
    registry.remove(userId(), connection);
  }

  // Accounts put the stable user id in the JWT subject; the principal name is the username.
  private String userId() {
    return identity.getPrincipal() instanceof JsonWebToken jwt
        ? jwt.getSubject()
        : identity.getPrincipal().getName();
  }
}
