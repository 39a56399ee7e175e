package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checklist templates, inspections of a stage, and rectification tasks. */
@Path("/api")
@Tag(name = "inspections")
public class InspectionResource {
  private final InspectionService inspections;
  private final RectificationService rectifications;
  private final ProjectAccess access;
  private final JsonWebToken caller;

  public InspectionResource(
      InspectionService inspections,
      RectificationService rectifications,
      ProjectAccess access,
      JsonWebToken caller) {
    this.inspections = inspections;
    this.rectifications = rectifications;
    this.access = access;
    this.caller = caller;
  }

  @GET
  @Path("checklists")
  @RolesAllowed("**")
  public Map<Checklist, List<ChecklistItem>> checklists() {
    return Arrays.stream(Checklist.values())
        .collect(Collectors.toMap(c -> c, Checklist::items, (a, b) -> a, java.util.TreeMap::new));
  }

  @POST
  @Path("projects/{projectId}/milestones/{seq}/inspections")
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public Response inspect(
      @PathParam("projectId") String projectId, @PathParam("seq") int seq, InspectRequest r) {
    Project p = access.requireRole(caller, projectId, Role.SUPERVISOR);
    return Response.status(201).entity(inspections.inspect(p, seq, r, caller.getSubject())).build();
  }

  @GET
  @Path("projects/{projectId}/milestones/{seq}/inspections")
  @RolesAllowed("**")
  public List<InspectionView> list(
      @PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    Project p = access.require(caller, projectId);
    return inspections.forStage(p, seq);
  }

  @GET
  @Path("projects/{projectId}/rectifications")
  @RolesAllowed("**")
  public List<Rectification> rectifications(@PathParam("projectId") String projectId) {
    return rectifications.list(access.require(caller, projectId));
  }

  @POST
  @Path("projects/{projectId}/rectifications/{id}/fixed")
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Rectification fixed(
      @PathParam("projectId") String projectId, @PathParam("id") String id, FixRequest r) {
    Project p = access.requireRole(caller, projectId, Role.PROJECT_MANAGER);
    return rectifications.fixed(p, id, r, caller.getSubject());
  }

  @POST
  @Path("projects/{projectId}/rectifications/{id}/close")
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public Rectification close(@PathParam("projectId") String projectId, @PathParam("id") String id) {
    Project p = access.requireRole(caller, projectId, Role.SUPERVISOR);
    return rectifications.close(p, id, caller.getSubject());
  }

  @POST
  @Path("projects/{projectId}/rectifications/{id}/reopen")
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public Rectification reopen(
      @PathParam("projectId") String projectId, @PathParam("id") String id) {
    Project p = access.requireRole(caller, projectId, Role.SUPERVISOR);
    return rectifications.reopen(p, id, caller.getSubject());
  }

  @GET
  @Path("projects/{projectId}/inspections/{inspectionId}/photos/{code}")
  @RolesAllowed("**")
  public Response photo(
      @PathParam("projectId") String projectId,
      @PathParam("inspectionId") String inspectionId,
      @PathParam("code") String code) {
    return inspections.photo(access.require(caller, projectId), inspectionId, code).response();
  }

  @GET
  @Path("projects/{projectId}/rectifications/{id}/fixes/{fixId}/photo")
  @RolesAllowed("**")
  public Response fixPhoto(
      @PathParam("projectId") String projectId,
      @PathParam("id") String id,
      @PathParam("fixId") String fixId) {
    return rectifications.fixPhoto(access.require(caller, projectId), id, fixId).response();
  }
}
