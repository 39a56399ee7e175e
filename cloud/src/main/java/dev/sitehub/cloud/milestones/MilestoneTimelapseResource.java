package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import dev.sitehub.cloud.media.InvalidTimelapseException;
import dev.sitehub.cloud.media.TimelapseJob;
import dev.sitehub.cloud.media.TimelapseRequest;
import dev.sitehub.cloud.media.TimelapseService;
import dev.sitehub.cloud.media.TimelapseView;
import dev.sitehub.cloud.sites.SiteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Renders a time-lapse of one camera over a milestone's days, so a homeowner can watch a stage from
 * start to acceptance. The job is the media package's; its progress and video are read from the
 * site's time-lapse endpoints.
 */
@Path("/api/projects/{projectId}/milestones/{seq}/timelapse")
@Tag(name = "milestones")
public class MilestoneTimelapseResource {
  private final MilestoneService milestones;
  private final ProjectAccess access;
  private final SiteService sites;
  private final TimelapseService timelapses;
  private final JsonWebToken caller;
  private final Clock clock;

  public MilestoneTimelapseResource(
      MilestoneService milestones,
      ProjectAccess access,
      SiteService sites,
      TimelapseService timelapses,
      JsonWebToken caller,
      Clock clock) {
    this.milestones = milestones;
    this.access = access;
    this.sites = sites;
    this.timelapses = timelapses;
    this.caller = caller;
    this.clock = clock;
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed("**")
  public Response create(
      @PathParam("projectId") String projectId,
      @PathParam("seq") int seq,
      MilestoneTimelapseRequest body) {
    Project p = access.require(caller, projectId);
    if (body == null || body.cameraId() == null) {
      throw ProblemException.badRequest("invalid-timelapse", "cameraId is required");
    }
    Milestone m = milestones.get(p, seq);
    ZoneId zone;
    try {
      zone = ZoneId.of(sites.get(p.siteId()).timezone());
    } catch (DateTimeException e) {
      zone = ZoneId.of("UTC");
    }
    MilestoneWindow window =
        MilestoneWindow.of(m, zone, clock.instant())
            .orElseThrow(
                () ->
                    ProblemException.conflict(
                        "milestone-not-started",
                        "milestone " + seq + " has not started and has no planned dates yet"));
    TimelapseJob job;
    try {
      job =
          timelapses.submit(
              new TimelapseRequest(
                  p.siteId(),
                  body.cameraId(),
                  window.from(),
                  window.to(),
                  zone,
                  TimelapseRequest.reasonsFromWire(body.reasons()),
                  body.fps() == null ? 10 : body.fps(),
                  caller.getSubject()));
    } catch (InvalidTimelapseException e) {
      throw ProblemException.badRequest("invalid-timelapse", e.getMessage());
    }
    return Response.accepted(TimelapseView.of(job))
        .location(URI.create("/api/sites/" + p.siteId() + "/timelapses/" + job.id()))
        .build();
  }
}
