package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.sites.SiteService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The installer's boxes across all their sites: online or not, last heartbeat in the site's zone,
 * agent version and whether it is behind, the latest commands and their answers, and per box a
 * restart button and a configuration push. Actions follow the device rules: installers and
 * operators, on sites they are members of.
 */
@Path("/portal/fleet")
public class FleetPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance fleet(PortalContext ctx, List<FleetBox> boxes);

    static native TemplateInstance fleet$box(PortalContext ctx, FleetBox b);
  }

  private final Fleet fleet;
  private final DeviceCommands commands;
  private final SiteService sites;
  private final SiteAccess access;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public FleetPage(
      Fleet fleet,
      DeviceCommands commands,
      SiteService sites,
      SiteAccess access,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.fleet = fleet;
    this.commands = commands;
    this.sites = sites;
    this.access = access;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Role.INSTALLER_NAME, Role.OPERATOR_NAME})
  public Response page() {
    PortalContext ctx = portal.context();
    List<Site> visible = sites.visibleTo(caller.getSubject(), SiteAccess.isOperator(caller));
    return render.page(Templates.fleet(ctx, fleet.boxes(visible)));
  }

  @POST
  @Path("{siteId}/{deviceId}/restart")
  @RolesAllowed({Role.INSTALLER_NAME, Role.OPERATOR_NAME})
  public Response restart(
      @PathParam("siteId") String siteId, @PathParam("deviceId") String deviceId) {
    PortalContext ctx = portal.context();
    access.requireMember(caller, siteId);
    Site site = sites.get(siteId);
    commands.restart(siteId, deviceId, caller.getSubject());
    return render.page(Templates.fleet$box(ctx, box(site, deviceId)));
  }

  @POST
  @Path("{siteId}/{deviceId}/config")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({Role.INSTALLER_NAME, Role.OPERATOR_NAME})
  public Response pushConfig(
      @PathParam("siteId") String siteId,
      @PathParam("deviceId") String deviceId,
      @FormParam("settings") String settings) {
    PortalContext ctx = portal.context();
    access.requireMember(caller, siteId);
    Site site = sites.get(siteId);
    ConfigLines lines = ConfigLines.parse(settings);
    if (lines.problem() != null) {
      FleetBox b = box(site, deviceId).withForm(settings == null ? "" : settings, lines.problem());
      return render.page(422, Templates.fleet$box(ctx, b));
    }
    commands.pushConfig(siteId, deviceId, lines.settings(), caller.getSubject());
    return render.page(Templates.fleet$box(ctx, box(site, deviceId)));
  }

  private FleetBox box(Site site, String deviceId) {
    FleetBox b = fleet.box(site, deviceId);
    if (b == null) {
      throw ProblemException.notFound("device-not-found", "no such device on this site");
    }
    return b;
  }
}
