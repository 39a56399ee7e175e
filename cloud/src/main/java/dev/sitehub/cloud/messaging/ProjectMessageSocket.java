package dev.sitehub.cloud.messaging;

import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import org.jboss.logging.Logger;

/**
 * Live feed of a project's messages. Server-to-client only: posting goes through the REST API, so
 * every message passes the same checks. {@link ProjectMemberUpgradeCheck} admits members only.
 */
@WebSocket(
    path = "/api/projects/{projectId}/messages/live",
    endpointId = ProjectMessageSocket.ENDPOINT_ID)
public class ProjectMessageSocket {
  static final String ENDPOINT_ID = "project-messages";
  private static final Logger LOG = Logger.getLogger(ProjectMessageSocket.class);

  @OnOpen
  void open(WebSocketConnection connection) {
    LOG.debugf(
        "live feed opened project=%s connection=%s",
        connection.pathParam("projectId"), connection.id());
  }
}
