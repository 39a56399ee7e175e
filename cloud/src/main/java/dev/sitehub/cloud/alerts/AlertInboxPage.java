package dev.sitehub.cloud.alerts;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The supervisor's alert inbox: the open and acknowledged alerts of every site they are on,
 * filtered by status, severity and site. The page listens on the alert socket and refreshes its
 * list when a change arrives; each card acknowledges or resolves through {@link SiteAlertsPage}.
 */
@Path("/portal/alerts")
public class AlertInboxPage {
  static final int SHOWN = 200;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance inbox(PortalContext ctx, AlertPageView view);

    static native TemplateInstance inbox$list(PortalContext ctx, AlertPageView view);
  }

  private final AlertStore store;
  private final AlertCards cards;
  private final SiteService sites;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public AlertInboxPage(
      AlertStore store,
      AlertCards cards,
      SiteService sites,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.store = store;
    this.cards = cards;
    this.sites = sites;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({
    Role.SUPERVISOR_NAME,
    Role.HOMEOWNER_NAME,
    Role.PROJECT_MANAGER_NAME,
    Role.OPERATOR_NAME
  })
  public Response page(
      @QueryParam("status") String status,
      @QueryParam("severity") String severity,
      @QueryParam("site") String site) {
    PortalContext ctx = portal.context();
    AlertPageView view = view(status, severity, site);
    return render.page(Templates.inbox(ctx, view));
  }

  /** The list alone, which the page refreshes when the alert socket reports a change. */
  @GET
  @Path("list")
  @RolesAllowed({
    Role.SUPERVISOR_NAME,
    Role.HOMEOWNER_NAME,
    Role.PROJECT_MANAGER_NAME,
    Role.OPERATOR_NAME
  })
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("severity") String severity,
      @QueryParam("site") String site) {
    PortalContext ctx = portal.context();
    AlertPageView view = view(status, severity, site);
    return render.page(Templates.inbox$list(ctx, view));
  }

  private AlertPageView view(String status, String severity, String site) {
    AlertFilter filter = AlertFilter.parse(status, severity, site);
    Map<String, Site> visible = new LinkedHashMap<>();
    for (Site s : sites.visibleTo(caller.getSubject(), SiteAccess.isOperator(caller))) {
      visible.put(s.siteId(), s);
    }
    if (!filter.site().isEmpty() && !visible.containsKey(filter.site())) {
      throw ProblemException.forbidden("site-access-denied", "not a member of this site");
    }
    List<String> ids =
        filter.site().isEmpty() ? List.copyOf(visible.keySet()) : List.of(filter.site());
    List<Alert> alerts = store.inbox(ids, filter.statuses(), filter.severityOrNull(), SHOWN);
    List<AlertPageView.SiteOption> options =
        visible.values().stream()
            .map(s -> new AlertPageView.SiteOption(s.siteId(), s.name()))
            .toList();
    return new AlertPageView(
        null,
        options,
        filter,
        cards.cards(alerts, visible, AlertCards.canAct(caller)),
        "/portal/alerts/list?" + filter.query());
  }
}
