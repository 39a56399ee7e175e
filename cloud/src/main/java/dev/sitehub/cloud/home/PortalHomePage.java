package dev.sitehub.cloud.home;

import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.devices.Fleet;
import dev.sitehub.cloud.devices.FleetBox;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.sites.SiteService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The landing page after sign-in. First what needs the viewer now, per role: a homeowner's projects
 * (stage, today's still, alerts, next payment, what waits for their signature) or, with none yet,
 * the way to the enterprise library; an enterprise's open inquiries, drafts and staff; an
 * installer's offline or outdated boxes; the operator's queues. Then the sites overview, and for
 * operators every device.
 */
@Path("/portal/home")
public class PortalHomePage {
  static final int MAX_DEVICES = 500;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance home(
        PortalContext ctx, List<SiteSummary> sites, List<DeviceSummary> devices, HomeNow now);
  }

  private final SiteService sites;
  private final SiteOverview overview;
  private final HomeDesks desks;
  private final Fleet fleet;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public PortalHomePage(
      SiteService sites,
      SiteOverview overview,
      HomeDesks desks,
      Fleet fleet,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.sites = sites;
    this.overview = overview;
    this.desks = desks;
    this.fleet = fleet;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response home() {
    PortalContext ctx = portal.context();
    String me = caller.getSubject();
    boolean operator = SiteAccess.isOperator(caller);
    List<Site> visible = sites.visibleTo(me, operator);
    List<DeviceSummary> devices = operator ? overview.allDevices(visible, MAX_DEVICES) : List.of();
    HomeNow now =
        new HomeNow(
            ctx.homeowner() ? desks.homeowner(me, visible) : List.of(),
            ctx.homeowner() ? desks.contractsToSign(me) : List.of(),
            ctx.enterpriseStaff() ? desks.company(me).orElse(null) : null,
            ctx.installer()
                ? fleet.boxes(visible).stream().filter(FleetBox::needsAttention).toList()
                : List.of(),
            operator ? desks.operator() : null);
    return render.page(Templates.home(ctx, overview.sites(visible), devices, now));
  }
}
