package dev.sitehub.cloud.live;

import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.media.CameraRequest;
import dev.sitehub.cloud.media.SiteDevices;
import dev.sitehub.cloud.media.Snapshot;
import dev.sitehub.cloud.media.Stills;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Live view of one site: tickets for the websocket, and a camera's viewer and still status. */
@Path("/api/sites/{siteId}/live")
@Tag(name = "live")
public class LiveResource {
  private final LiveTickets tickets;
  private final LiveViewers viewers;
  private final Stills snapshots;
  private final SiteAccess access;
  private final SiteDevices devices;
  private final JsonWebToken caller;
  private final Clock clock;

  public LiveResource(
      LiveTickets tickets,
      LiveViewers viewers,
      Stills snapshots,
      SiteAccess access,
      SiteDevices devices,
      JsonWebToken caller,
      Clock clock) {
    this.tickets = tickets;
    this.viewers = viewers;
    this.snapshots = snapshots;
    this.access = access;
    this.devices = devices;
    this.caller = caller;
    this.clock = clock;
  }

  /**
   * A ticket to present as {@code ?ticket=} on the socket URL; valid for sitehub.live.ticket-ttl.
   */
  public record TicketView(String ticket, Instant expiresAt, String socketPath) {}

  /** A camera's live status: viewers on all instances, whether it streams, and its latest still. */
  public record CameraStatusView(int viewers, boolean live, StillView latest) {}

  /** The newest archived still of a camera and how old it is. */
  public record StillView(long snapshotId, Instant takenAt, long ageSeconds, String imageUrl) {}

  @POST
  @Path("tickets")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed("**")
  public Response ticket(@PathParam("siteId") String siteId, CameraRequest body) {
    access.requireMember(caller, siteId);
    if (body == null) {
      throw ProblemException.badRequest("invalid-request", "deviceId and cameraId are required");
    }
    devices.requireActive(siteId, body.deviceId(), body.cameraId());
    CameraKey camera = new CameraKey(siteId, body.deviceId(), body.cameraId());
    LiveTickets.Ticket t = tickets.issue(caller.getSubject(), camera);
    String path =
        "/live/sites/" + siteId + "/devices/" + body.deviceId() + "/cameras/" + body.cameraId();
    return Response.status(201).entity(new TicketView(t.token(), t.expiresAt(), path)).build();
  }

  @GET
  @Path("cameras/{deviceId}/{cameraId}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed("**")
  public CameraStatusView status(
      @PathParam("siteId") String siteId,
      @PathParam("deviceId") String deviceId,
      @PathParam("cameraId") String cameraId) {
    access.requireMember(caller, siteId);
    devices.requireActive(siteId, deviceId, cameraId);
    CameraKey camera = new CameraKey(siteId, deviceId, cameraId);
    StillView still = snapshots.latest(siteId, deviceId, cameraId).map(this::still).orElse(null);
    return new CameraStatusView(viewers.viewerCount(camera), viewers.isStreaming(camera), still);
  }

  private StillView still(Snapshot s) {
    return new StillView(
        s.id(),
        s.takenAt(),
        Math.max(0, Duration.between(s.takenAt(), clock.instant()).toSeconds()),
        "/api/sites/" + s.siteId() + "/snapshots/" + s.id() + "/image");
  }
}
