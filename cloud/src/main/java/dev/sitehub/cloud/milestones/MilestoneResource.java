package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Milestones of a project: list, plan, start, and ready for inspection. */
@Path("/api")
@Tag(name = "milestones")
public class MilestoneResource {
  private final MilestoneService milestones;
  private final ProjectAccess access;
  private final JsonWebToken caller;

  public MilestoneResource(MilestoneService milestones, ProjectAccess access, JsonWebToken caller) {
    this.milestones = milestones;
    this.access = access;
    this.caller = caller;
  }

  @GET
  @Path("projects/{projectId}/milestones")
  @RolesAllowed("**")
  public List<Milestone> list(@PathParam("projectId") String projectId) {
    return milestones.sync(access.require(caller, projectId));
  }

  @PUT
  @Path("projects/{projectId}/milestones/{seq}/plan")
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Milestone plan(
      @PathParam("projectId") String projectId, @PathParam("seq") int seq, PlanRequest r) {
    return milestones.plan(access.requireRole(caller, projectId, Role.PROJECT_MANAGER), seq, r);
  }

  @POST
  @Path("projects/{projectId}/milestones/{seq}/start")
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Milestone start(@PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    Project p = access.requireRole(caller, projectId, Role.PROJECT_MANAGER);
    return milestones.move(p, seq, MilestoneState.IN_PROGRESS, caller.getSubject());
  }

  @POST
  @Path("projects/{projectId}/milestones/{seq}/ready")
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Milestone ready(@PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    Project p = access.requireRole(caller, projectId, Role.PROJECT_MANAGER);
    return milestones.move(p, seq, MilestoneState.READY_FOR_INSPECTION, caller.getSubject());
  }
}
