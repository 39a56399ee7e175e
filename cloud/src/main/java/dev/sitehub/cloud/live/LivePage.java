package dev.sitehub.cloud.live;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A site's camera grid: each camera's latest still and its age; tapping one asks {@link
 * LiveResource} for a ticket and plays the {@link LiveSocket}'s JPEG frames in place (live.js).
 * Non-members get the 403 page.
 */
@Path("/portal/sites/{siteId}/live")
public class LivePage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance live(
        PortalContext ctx, String siteId, String siteName, List<LiveCamera> cameras);
  }

  private final LiveCameras cameras;
  private final SiteService sites;
  private final SiteAccess access;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public LivePage(
      LiveCameras cameras,
      SiteService sites,
      SiteAccess access,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.cameras = cameras;
    this.sites = sites;
    this.access = access;
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
    return render.page(Templates.live(ctx, siteId, site.name(), cameras.of(siteId)));
  }
}
