package dev.sitehub.cloud.media;

import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.protocol.message.FrameReason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The media archive of one site: search, images, the latest still, and snapshot-now. */
@Path("/api/sites/{siteId}/snapshots")
@Tag(name = "media")
public class SnapshotResource {
  private static final int MAX_LIMIT = 1000;
  private static final int MAX_WAIT_SECONDS = 30;

  private final Snapshots snapshots;
  private final SnapshotRequests requests;
  private final MediaStore store;
  private final SiteAccess access;
  private final SiteDevices devices;
  private final MediaConfig config;
  private final JsonWebToken caller;
  private final Clock clock;

  public SnapshotResource(
      Snapshots snapshots,
      SnapshotRequests requests,
      MediaStore store,
      SiteAccess access,
      SiteDevices devices,
      MediaConfig config,
      JsonWebToken caller,
      Clock clock) {
    this.snapshots = snapshots;
    this.requests = requests;
    this.store = store;
    this.access = access;
    this.devices = devices;
    this.config = config;
    this.caller = caller;
    this.clock = clock;
  }

  @GET
  @RolesAllowed("**")
  public List<SnapshotView> search(
      @PathParam("siteId") String siteId,
      @QueryParam("camera") String camera,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("reason") List<String> reasons,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    access.requireMember(caller, siteId);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ProblemException.badRequest("invalid-limit", "limit must be 1.." + MAX_LIMIT);
    }
    Set<FrameReason> wanted = EnumSet.noneOf(FrameReason.class);
    for (String r : reasons == null ? List.<String>of() : reasons) {
      wanted.add(
          FrameReason.fromWire(r)
              .filter(x -> x != FrameReason.LIVE)
              .orElseThrow(
                  () ->
                      ProblemException.badRequest(
                          "invalid-reason",
                          "reason must be periodic, motion, event, request or daily")));
    }
    return snapshots
        .search(
            new SnapshotQuery(
                siteId,
                Optional.ofNullable(camera),
                instant("from", from),
                instant("to", to),
                wanted,
                limit))
        .stream()
        .map(SnapshotView::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed("**")
  public SnapshotView get(@PathParam("siteId") String siteId, @PathParam("id") long id) {
    access.requireMember(caller, siteId);
    return SnapshotView.of(found(siteId, id));
  }

  @GET
  @Path("{id}/image")
  @Produces("image/jpeg")
  @RolesAllowed("**")
  public Response image(@PathParam("siteId") String siteId, @PathParam("id") long id) {
    access.requireMember(caller, siteId);
    Snapshot s = found(siteId, id);
    return jpeg(s).build();
  }

  /** The newest still of a camera, with its age: what a live view shows when nobody streams. */
  @GET
  @Path("latest")
  @Produces("image/jpeg")
  @RolesAllowed("**")
  public Response latest(
      @PathParam("siteId") String siteId,
      @QueryParam("deviceId") String deviceId,
      @QueryParam("cameraId") String cameraId) {
    access.requireMember(caller, siteId);
    Snapshot s =
        snapshots
            .latest(siteId, deviceId, cameraId)
            .orElseThrow(() -> ProblemException.notFound("no-snapshot", "no snapshot yet"));
    return jpeg(s)
        .header("X-Snapshot-Id", s.id())
        .header("X-Snapshot-Taken-At", s.takenAt().toString())
        .header(
            "X-Snapshot-Age-Seconds",
            Math.max(0, Duration.between(s.takenAt(), clock.instant()).toSeconds()))
        .build();
  }

  /**
   * Snapshot-now: sends the command and waits up to {@code wait} seconds (default
   * sitehub.media.snapshot-wait, at most 30) for the picture. 200 when the request is final (done,
   * error, rejected, expired), else 202 with a Location to poll.
   */
  @POST
  @Path("requests")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed("**")
  public Response requestNow(
      @PathParam("siteId") String siteId,
      @QueryParam("wait") Integer waitSeconds,
      CameraRequest body) {
    access.requireMember(caller, siteId);
    if (waitSeconds != null && (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS)) {
      throw ProblemException.badRequest("invalid-wait", "wait must be 0.." + MAX_WAIT_SECONDS);
    }
    Duration wait = waitSeconds == null ? config.snapshotWait() : Duration.ofSeconds(waitSeconds);
    if (body == null) {
      throw ProblemException.badRequest("invalid-request", "deviceId and cameraId are required");
    }
    devices.requireActive(siteId, body.deviceId(), body.cameraId());
    SnapshotRequest sent;
    try {
      sent = requests.request(siteId, body.deviceId(), body.cameraId(), caller.getSubject());
    } catch (CommandNotSentException e) {
      throw new ProblemException(503, "device-unreachable", "Service unavailable", e.getMessage());
    }
    SnapshotRequest r = requests.await(siteId, sent.commandId(), wait);
    URI location = URI.create("/api/sites/" + siteId + "/snapshots/requests/" + r.commandId());
    return Response.status(r.status().isFinal() ? 200 : 202)
        .location(location)
        .entity(view(r))
        .build();
  }

  @GET
  @Path("requests/{commandId}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed("**")
  public SnapshotRequestView request(
      @PathParam("siteId") String siteId, @PathParam("commandId") String commandId) {
    access.requireMember(caller, siteId);
    return view(
        requests
            .find(siteId, commandId)
            .orElseThrow(() -> ProblemException.notFound("unknown-request", "no such request")));
  }

  private SnapshotRequestView view(SnapshotRequest r) {
    SnapshotView s =
        r.snapshotId()
            .flatMap(id -> snapshots.find(r.siteId(), id))
            .map(SnapshotView::of)
            .orElse(null);
    return SnapshotRequestView.of(r, s);
  }

  private Snapshot found(String siteId, long id) {
    return snapshots
        .find(siteId, id)
        .orElseThrow(() -> ProblemException.notFound("unknown-snapshot", "no such snapshot"));
  }

  private Response.ResponseBuilder jpeg(Snapshot s) {
    InputStream in;
    try {
      in =
          store
              .open(s.storageKey())
              .orElseThrow(() -> ProblemException.notFound("snapshot-gone", "image was deleted"));
    } catch (IOException e) {
      throw new MediaException("open snapshot", e);
    }
    return Response.ok(in, "image/jpeg").header("Cache-Control", "private, max-age=3600");
  }

  private static Optional<Instant> instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(value));
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest("invalid-" + name, name + " must be an ISO-8601 instant");
    }
  }
}
