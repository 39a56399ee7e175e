package dev.sitehub.cloud.design;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Design proposals of a project: upload, list, comment, confirm. */
@Path("/api")
@Tag(name = "design")
public class DesignResource {
  private final DesignService design;
  private final ProjectAccess access;
  private final JsonWebToken caller;

  public DesignResource(DesignService design, ProjectAccess access, JsonWebToken caller) {
    this.design = design;
    this.access = access;
    this.caller = caller;
  }

  @POST
  @Path("projects/{projectId}/design/proposals")
  @RolesAllowed(Role.DESIGNER_NAME)
  public Response upload(@PathParam("projectId") String projectId, ProposalRequest r) {
    return Response.status(201)
        .entity(
            design.upload(
                access.requireRole(caller, projectId, Role.DESIGNER), r, caller.getSubject()))
        .build();
  }

  @GET
  @Path("projects/{projectId}/design/proposals")
  @RolesAllowed("**")
  public List<Proposal> list(@PathParam("projectId") String projectId) {
    return design.list(access.require(caller, projectId));
  }

  @POST
  @Path("projects/{projectId}/design/proposals/{proposalId}/comments")
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.DESIGNER_NAME})
  public Proposal comment(
      @PathParam("projectId") String projectId,
      @PathParam("proposalId") String proposalId,
      CommentRequest r) {
    Project p = access.requireRole(caller, projectId, Role.HOMEOWNER, Role.DESIGNER);
    return design.comment(p, proposalId, r, caller.getSubject());
  }

  @POST
  @Path("projects/{projectId}/design/proposals/{proposalId}/confirm")
  @RolesAllowed(Role.HOMEOWNER_NAME)
  public Proposal confirm(
      @PathParam("projectId") String projectId, @PathParam("proposalId") String proposalId) {
    return design.confirm(access.require(caller, projectId), proposalId, caller.getSubject());
  }
}
