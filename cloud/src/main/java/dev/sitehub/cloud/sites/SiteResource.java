package dev.sitehub.cloud.sites;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sites and their members. */
@Path("/api/sites")
@Tag(name = "sites")
public class SiteResource {
  private final SiteService sites;
  private final SiteAccess access;
  private final JsonWebToken caller;

  public SiteResource(SiteService sites, SiteAccess access, JsonWebToken caller) {
    this.sites = sites;
    this.access = access;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({
    Role.HOMEOWNER_NAME,
    Role.PROJECT_MANAGER_NAME,
    Role.ENTERPRISE_ADMIN_NAME,
    Role.OPERATOR_NAME
  })
  public Response create(CreateSiteRequest request) {
    Site s = sites.create(request, caller.getSubject());
    return Response.status(201).entity(SiteView.of(s)).build();
  }

  @GET
  @RolesAllowed("**")
  public List<SiteView> list() {
    return sites.visibleTo(caller.getSubject(), SiteAccess.isOperator(caller)).stream()
        .map(SiteView::of)
        .toList();
  }

  @GET
  @Path("{siteId}")
  @RolesAllowed("**")
  public SiteView get(@PathParam("siteId") String siteId) {
    access.requireMember(caller, siteId);
    return SiteView.of(sites.get(siteId));
  }

  @PUT
  @Path("{siteId}")
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.PROJECT_MANAGER_NAME, Role.OPERATOR_NAME})
  public SiteView update(@PathParam("siteId") String siteId, UpdateSiteRequest request) {
    access.requireMember(caller, siteId);
    return SiteView.of(sites.update(siteId, request));
  }

  @POST
  @Path("{siteId}/members")
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.PROJECT_MANAGER_NAME, Role.OPERATOR_NAME})
  public Response addMember(@PathParam("siteId") String siteId, AddMemberRequest request) {
    access.requireMember(caller, siteId);
    sites.addMember(
        siteId,
        request == null ? null : request.userId(),
        caller.getSubject(),
        SiteAccess.isOperator(caller));
    return Response.noContent().build();
  }

  @DELETE
  @Path("{siteId}/members/{userId}")
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.PROJECT_MANAGER_NAME, Role.OPERATOR_NAME})
  public Response removeMember(
      @PathParam("siteId") String siteId, @PathParam("userId") String userId) {
    access.requireMember(caller, siteId);
    sites.removeMember(siteId, userId, caller.getSubject(), SiteAccess.isOperator(caller));
    return Response.noContent().build();
  }
}
