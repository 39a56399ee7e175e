package dev.sitehub.cloud.live;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Refuses the websocket upgrade with 403 unless the URL carries a valid ticket for exactly this
 * camera, so a non-member never gets a socket at all.
 */
@ApplicationScoped
class LiveUpgradeCheck implements HttpUpgradeCheck {
  private static final Logger LOG = Logger.getLogger(LiveUpgradeCheck.class);

  private final LiveTickets tickets;

  public LiveUpgradeCheck(LiveTickets tickets) {
    this.tickets = tickets;
  }

  @Override
  public boolean appliesTo(String endpointId) {
    return LiveSocket.ENDPOINT_ID.equals(endpointId);
  }

  @Override
  public Uni<CheckResult> perform(HttpUpgradeContext ctx) {
    try {
      CameraKey camera =
          new CameraKey(
              ctx.pathParam("siteId"), ctx.pathParam("deviceId"), ctx.pathParam("cameraId"));
      tickets.verify(ticketFrom(ctx.httpRequest().query()), camera);
      return CheckResult.permitUpgrade();
    } catch (LiveTickets.InvalidTicketException e) {
      LOG.infof("live upgrade refused site=%s: %s", ctx.pathParam("siteId"), e.getMessage());
      return CheckResult.rejectUpgrade(403);
    } catch (IllegalArgumentException e) {
      return CheckResult.rejectUpgrade(400);
    }
  }

  /** The {@code ticket} query parameter, or null. */
  static String ticketFrom(String query) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("ticket=")) {
        return URLDecoder.decode(pair.substring("ticket=".length()), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
