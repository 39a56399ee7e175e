package dev.sitehub.cloud.media;

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
 * A site's time-lapses for its members: the newest first, each finished one playing in place from
 * {@link TimelapseResource}'s range-served MP4. Non-members get the 403 page.
 */
@Path("/portal/sites/{siteId}/timelapses")
public class TimelapsePage {
  private static final int SHOWN = 20;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance timelapses(
        PortalContext ctx, String siteId, String siteName, List<TimelapseTile> timelapses);
  }

  private final TimelapseService jobs;
  private final SiteService sites;
  private final SiteAccess access;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public TimelapsePage(
      TimelapseService jobs,
      SiteService sites,
      SiteAccess access,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.jobs = jobs;
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
    List<TimelapseTile> tiles = jobs.recent(siteId, SHOWN).stream().map(TimelapseTile::of).toList();
    return render.page(Templates.timelapses(ctx, siteId, site.name(), tiles));
  }
}
