package dev.sitehub.cloud.home;

import dev.sitehub.cloud.accounts.SiteAccess;
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
 * The landing page after sign-in, one section per role: a homeowner's projects, a supervisor's
 * sites overview, an installer's site picker for provisioning, an operator's sites and devices.
 */
@Path("/portal/home")
public class PortalHomePage {
  static final int MAX_DEVICES = 500;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance home(
        PortalContext ctx, List<SiteSummary> sites, List<DeviceSummary> devices);
  }

  private final SiteService sites;
  private final SiteOverview overview;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public PortalHomePage(
      SiteService sites,
      SiteOverview overview,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.sites = sites;
    this.overview = overview;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response home() {
    PortalContext ctx = portal.context();
    boolean operator = SiteAccess.isOperator(caller);
    List<Site> visible = sites.visibleTo(caller.getSubject(), operator);
    List<DeviceSummary> devices = operator ? overview.allDevices(visible, MAX_DEVICES) : List.of();
    return render.page(Templates.home(ctx, overview.sites(visible), devices));
  }
}
