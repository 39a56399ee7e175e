package dev.sitehub.cloud.media;

import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Time-lapse jobs of one site: create, poll progress, stream the MP4. */
@Path("/api/sites/{siteId}/timelapses")
@Tag(name = "media")
public class TimelapseResource {
  private final TimelapseService timelapses;
  private final MediaDownload download;
  private final SiteAccess access;
  private final JsonWebToken caller;

  public TimelapseResource(
      TimelapseService timelapses, MediaStore store, SiteAccess access, JsonWebToken caller) {
    this.timelapses = timelapses;
    this.download = new MediaDownload(store);
    this.access = access;
    this.caller = caller;
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed("**")
  public Response create(@PathParam("siteId") String siteId, TimelapseCreateRequest body) {
    access.requireMember(caller, siteId);
    if (body == null || body.from() == null || body.to() == null) {
      throw ProblemException.badRequest("invalid-timelapse", "cameraId, from and to are required");
    }
    TimelapseRequest request;
    try {
      request =
          new TimelapseRequest(
              siteId,
              body.cameraId(),
              LocalDate.parse(body.from()),
              LocalDate.parse(body.to()),
              body.zone() == null ? null : ZoneId.of(body.zone()),
              TimelapseRequest.reasonsFromWire(body.reasons()),
              body.fps() == null ? 10 : body.fps(),
              caller.getSubject());
    } catch (DateTimeException | InvalidTimelapseException e) {
      throw ProblemException.badRequest("invalid-timelapse", e.getMessage());
    }
    TimelapseJob job = timelapses.submit(request);
    return Response.accepted(TimelapseView.of(job))
        .location(URI.create("/api/sites/" + siteId + "/timelapses/" + job.id()))
        .build();
  }

  @GET
  @Path("{jobId}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed("**")
  public TimelapseView get(@PathParam("siteId") String siteId, @PathParam("jobId") String jobId) {
    access.requireMember(caller, siteId);
    return TimelapseView.of(found(siteId, jobId));
  }

  /**
   * The MP4, with range requests so that a video element can start before the end arrives and seek;
   * {@code inline} so that a browser plays it rather than saving it.
   */
  @GET
  @Path("{jobId}/video")
  @Produces("video/mp4")
  @RolesAllowed("**")
  public Response video(
      @PathParam("siteId") String siteId,
      @PathParam("jobId") String jobId,
      @HeaderParam("Range") String range) {
    access.requireMember(caller, siteId);
    TimelapseJob job = found(siteId, jobId);
    String key =
        job.resultKey()
            .orElseThrow(
                () -> ProblemException.conflict("timelapse-not-ready", "the video is not ready"));
    return download
        .serve(key, "video/mp4", range, "timelapse-gone")
        .header("Content-Disposition", "inline; filename=\"timelapse-" + job.id() + ".mp4\"")
        .header("Cache-Control", "private, max-age=3600")
        .build();
  }

  private TimelapseJob found(String siteId, String jobId) {
    UUID id;
    try {
      id = UUID.fromString(jobId);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("unknown-timelapse", "no such time-lapse");
    }
    return timelapses
        .find(siteId, id)
        .orElseThrow(() -> ProblemException.notFound("unknown-timelapse", "no such time-lapse"));
  }
}
