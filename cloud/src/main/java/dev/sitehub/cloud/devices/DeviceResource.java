package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.sites.SiteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claim codes and the devices of one site. */
@Path("/api/sites/{siteId}")
@Tag(name = "devices")
public class DeviceResource {
  private final DeviceService devices;
  private final SiteAccess access;
  private final JsonWebToken caller;
  private final SiteService sites;

  public DeviceResource(
      DeviceService devices, SiteAccess access, JsonWebToken caller, SiteService sites) {
    this.devices = devices;
    this.access = access;
    this.caller = caller;
    this.sites = sites;
  }

  @POST
  @Path("claims")
  @RolesAllowed({Role.INSTALLER_NAME, Role.OPERATOR_NAME})
  public Response createClaim(@PathParam("siteId") String siteId) {
    access.requireMember(caller, siteId);
    if (!sites.exists(siteId)) {
      throw ProblemException.notFound("site-not-found", "no such site");
    }
    return Response.status(201).entity(devices.createClaim(siteId, caller.getSubject())).build();
  }

  @GET
  @Path("devices")
  @RolesAllowed("**")
  public List<DeviceView> list(@PathParam("siteId") String siteId) {
    access.requireMember(caller, siteId);
    return devices.list(siteId);
  }

  @POST
  @Path("devices/{deviceId}/revoke")
  @RolesAllowed({Role.INSTALLER_NAME, Role.OPERATOR_NAME})
  public Response revoke(
      @PathParam("siteId") String siteId, @PathParam("deviceId") String deviceId) {
    access.requireMember(caller, siteId);
    devices.revoke(siteId, deviceId, caller.getSubject());
    return Response.noContent().build();
  }

  @POST
  @Path("devices/{deviceId}/reprovision")
  @RolesAllowed({Role.INSTALLER_NAME, Role.OPERATOR_NAME})
  public ReprovisionView reprovision(
      @PathParam("siteId") String siteId, @PathParam("deviceId") String deviceId) {
    access.requireMember(caller, siteId);
    return devices.reprovision(siteId, deviceId, caller.getSubject());
  }
}
