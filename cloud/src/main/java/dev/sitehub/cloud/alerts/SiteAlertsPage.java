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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * One site's alerts for everyone on it (the homeowner's view), and the acknowledge and resolve
 * forms that every alert card posts through htmx, on this page and in the inbox alike.
 */
@Path("/portal/sites/{siteId}/alerts")
public class SiteAlertsPage {
  static final int SHOWN = 200;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance alerts(PortalContext ctx, AlertPageView view);

    static native TemplateInstance alerts$list(PortalContext ctx, AlertPageView view);

    static native TemplateInstance card(PortalContext ctx, AlertCard card);
  }

  private final AlertStore store;
  private final AlertCards cards;
  private final SiteService sites;
  private final SiteAccess access;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;
  private final Clock clock;

  public SiteAlertsPage(
      AlertStore store,
      AlertCards cards,
      SiteService sites,
      SiteAccess access,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller,
      Clock clock) {
    this.store = store;
    this.cards = cards;
    this.sites = sites;
    this.access = access;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
    this.clock = clock;
  }

  @GET
  @RolesAllowed("**")
  public Response page(
      @PathParam("siteId") String siteId,
      @QueryParam("status") String status,
      @QueryParam("severity") String severity) {
    PortalContext ctx = portal.context();
    AlertPageView view = view(siteId, status, severity);
    return render.page(Templates.alerts(ctx, view));
  }

  /** The list alone, which the page refreshes when the alert socket reports a change. */
  @GET
  @Path("list")
  @RolesAllowed("**")
  public Response list(
      @PathParam("siteId") String siteId,
      @QueryParam("status") String status,
      @QueryParam("severity") String severity) {
    PortalContext ctx = portal.context();
    AlertPageView view = view(siteId, status, severity);
    return render.page(Templates.alerts$list(ctx, view));
  }

  @POST
  @Path("{id}/acknowledge")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({
    Role.SUPERVISOR_NAME,
    Role.HOMEOWNER_NAME,
    Role.PROJECT_MANAGER_NAME,
    Role.OPERATOR_NAME
  })
  public Response acknowledge(
      @PathParam("siteId") String siteId,
      @PathParam("id") long id,
      @FormParam("comment") String comment) {
    return step(siteId, id, "acknowledge", comment, portal.context());
  }

  @POST
  @Path("{id}/resolve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({
    Role.SUPERVISOR_NAME,
    Role.HOMEOWNER_NAME,
    Role.PROJECT_MANAGER_NAME,
    Role.OPERATOR_NAME
  })
  public Response resolve(
      @PathParam("siteId") String siteId,
      @PathParam("id") long id,
      @FormParam("comment") String comment) {
    return step(siteId, id, "resolve", comment, portal.context());
  }

  /**
   * Validates the comment (resolving needs one: the record should say what was done), moves the
   * alert, and answers with its card: 200 when it moved, 422 with the error next to the comment,
   * 409 with the current state when someone else moved it first.
   */
  private Response step(String siteId, long id, String action, String comment, PortalContext ctx) {
    access.requireMember(caller, siteId);
    Site site = sites.get(siteId);
    Alert current =
        store
            .find(siteId, id)
            .orElseThrow(
                () -> ProblemException.notFound("alert-not-found", "no such alert at this site"));
    String text = comment == null ? "" : comment.strip();
    AlertProblem fieldError = null;
    if (text.length() > AlertForm.MAX_COMMENT) {
      fieldError = AlertProblem.TOO_LONG;
    } else if (text.isEmpty() && action.equals("resolve")) {
      fieldError = AlertProblem.REQUIRED;
    }
    if (fieldError != null) {
      AlertForm form = new AlertForm(action, comment, fieldError, null);
      return card(422, ctx, cards.card(current, site, true).withForm(form));
    }
    String note = text.isEmpty() ? null : text;
    String user = caller.getSubject();
    Optional<AlertChange> change =
        action.equals("resolve")
            ? store.resolve(siteId, id, user, note, clock.instant())
            : store.acknowledge(siteId, id, user, note, clock.instant());
    if (change.isEmpty()) {
      Alert now = store.find(siteId, id).orElse(current);
      AlertForm form = new AlertForm(action, comment, null, AlertProblem.CONFLICT);
      return card(409, ctx, cards.card(now, site, true).withForm(form));
    }
    return card(200, ctx, cards.card(change.get().alert(), site, true));
  }

  private Response card(int status, PortalContext ctx, AlertCard card) {
    return render.page(status, Templates.card(ctx, card));
  }

  private AlertPageView view(String siteId, String status, String severity) {
    access.requireMember(caller, siteId);
    Site site = sites.get(siteId);
    AlertFilter filter = AlertFilter.parse(status, severity, null);
    List<Alert> alerts =
        store.inbox(List.of(siteId), filter.statuses(), filter.severityOrNull(), SHOWN);
    AlertPageView.SiteOption option = new AlertPageView.SiteOption(siteId, site.name());
    return new AlertPageView(
        option,
        List.of(option),
        filter,
        cards.cards(alerts, Map.of(siteId, site), AlertCards.canAct(caller)),
        "/portal/sites/" + siteId + "/alerts/list?" + filter.query());
  }
}
