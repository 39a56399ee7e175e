package dev.sitehub.cloud.messaging;

import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Pushes each new project message to the project's open websocket connections. */
@ApplicationScoped
public class LiveMessages {
  private static final Logger LOG = Logger.getLogger(LiveMessages.class);
  private final OpenConnections connections;

  public LiveMessages(OpenConnections connections) {
    this.connections = connections;
  }

  void push(MessageView m) {
    for (WebSocketConnection c : connections.findByEndpointId(ProjectMessageSocket.ENDPOINT_ID)) {
      if (m.projectId().equals(c.pathParam("projectId")) && c.isOpen()) {
        c.sendText(m)
            .subscribe()
            .with(
                ok -> {},
                err ->
                    LOG.debugf(
                        "push failed project=%s connection=%s: %s",
                        m.projectId(), c.id(), err.getMessage()));
      }
    }
  }
}
