package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.sites.SiteService;
import dev.sitehub.cloud.telemetry.TelemetryQueries;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The installer's page for one site: provision a box (claim code and QR), the health of each box
 * (refreshed every few seconds by htmx), and revoke or re-provision. Other members see the health
 * read-only; the actions are refused to them like the JSON API does.
 */
@Path("/portal/sites/{siteId}/devices")
public class DevicePage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance devices(PortalContext ctx, Site site, List<DeviceRow> rows);

    static native TemplateInstance devices$list(PortalContext ctx, Site site, List<DeviceRow> rows);

    static native TemplateInstance claim(
        PortalContext ctx, ClaimView claim, String expires, String qrDataUri);

    static native TemplateInstance secret(PortalContext ctx, ReprovisionView secret);
  }

  private final DeviceService devices;
  private final SiteService sites;
  private final SiteAccess access;
  private final TelemetryQueries telemetry;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public DevicePage(
      DeviceService devices,
      SiteService sites,
      SiteAccess access,
      TelemetryQueries telemetry,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.devices = devices;
    this.sites = sites;
    this.access = access;
    this.telemetry = telemetry;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response page(@PathParam("siteId") String siteId) {
    PortalContext ctx = portal.context();
    access.requireMember(caller, siteId);
    Site site = sites.get(siteId);
    return render.page(Templates.devices(ctx, site, rows(site)));
  }

  /** The device list alone, which the page polls. */
  @GET
  @Path("list")
  @RolesAllowed("**")
  public Response list(@PathParam("siteId") String siteId) {
    PortalContext ctx = portal.context();
    access.requireMember(caller, siteId);
    Site site = sites.get(siteId);
    return render.page(Templates.devices$list(ctx, site, rows(site)));
  }

  @POST
  @Path("claims")
  @RolesAllowed({Role.INSTALLER_NAME, Role.OPERATOR_NAME})
  public Response createClaim(@PathParam("siteId") String siteId) {
    PortalContext ctx = portal.context();
    access.requireMember(caller, siteId);
    Site site = sites.get(siteId);
    ClaimView claim = devices.createClaim(siteId, caller.getSubject());
    String qr = "data:image/png;base64," + claim.qrPngBase64();
    return render.page(
        Templates.claim(ctx, claim, PortalContext.time(claim.expiresAt(), site.timezone()), qr));
  }

  @POST
  @Path("{deviceId}/revoke")
  @RolesAllowed({Role.INSTALLER_NAME, Role.OPERATOR_NAME})
  public Response revoke(
      @PathParam("siteId") String siteId, @PathParam("deviceId") String deviceId) {
    PortalContext ctx = portal.context();
    access.requireMember(caller, siteId);
    devices.revoke(siteId, deviceId, caller.getSubject());
    Site site = sites.get(siteId);
    return render.page(Templates.devices$list(ctx, site, rows(site)));
  }

  @POST
  @Path("{deviceId}/reprovision")
  @RolesAllowed({Role.INSTALLER_NAME, Role.OPERATOR_NAME})
  public Response reprovision(
      @PathParam("siteId") String siteId, @PathParam("deviceId") String deviceId) {
    PortalContext ctx = portal.context();
    access.requireMember(caller, siteId);
    ReprovisionView secret = devices.reprovision(siteId, deviceId, caller.getSubject());
    return withTrigger(render.page(Templates.secret(ctx, secret)));
  }

  private static Response withTrigger(Response r) {
    return Response.fromResponse(r).header("HX-Trigger", "devices-changed").build();
  }

  private List<DeviceRow> rows(Site site) {
    var latest = telemetry.latest(site.siteId());
    return devices.list(site.siteId()).stream()
        .map(d -> DeviceRow.of(d, site.timezone(), latest))
        .toList();
  }
}
