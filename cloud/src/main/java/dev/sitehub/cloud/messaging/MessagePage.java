package dev.sitehub.cloud.messaging;

import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectService;
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
 * A project's message thread in the portal: the latest messages (refreshed when the project's live
 * feed announces one, and every few seconds as a fallback) and a form to post, through the same
 * messaging service and member check as the API.
 */
@Path("/portal/projects/{projectId}/messages")
public class MessagePage {
  static final int SHOWN = 50;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance messages(
        PortalContext ctx,
        String projectId,
        String siteName,
        List<MessageRow> rows,
        String body,
        MessageProblem bodyError);

    static native TemplateInstance messages$list(
        PortalContext ctx, String projectId, List<MessageRow> rows);

    static native TemplateInstance messages$form(
        PortalContext ctx, String projectId, String body, MessageProblem bodyError);
  }

  private final MessagingService messaging;
  private final ProjectService projects;
  private final SiteService sites;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public MessagePage(
      MessagingService messaging,
      ProjectService projects,
      SiteService sites,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.messaging = messaging;
    this.projects = projects;
    this.sites = sites;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response page(@PathParam("projectId") String projectId) {
    PortalContext ctx = portal.context();
    Project p = projects.requireMember(projectId, caller.getSubject());
    Site site = sites.get(p.siteId());
    List<MessageRow> rows = rows(projectId, site.timezone());
    return render.page(Templates.messages(ctx, projectId, site.name(), rows, "", null));
  }

  /** The message list alone, which the page reloads when a new message arrives. */
  @GET
  @Path("list")
  @RolesAllowed("**")
  public Response list(@PathParam("projectId") String projectId) {
    PortalContext ctx = portal.context();
    Project p = projects.requireMember(projectId, caller.getSubject());
    List<MessageRow> rows = rows(projectId, sites.get(p.siteId()).timezone());
    return render.page(Templates.messages$list(ctx, projectId, rows));
  }

  @POST
  @RolesAllowed("**")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response post(@PathParam("projectId") String projectId, @FormParam("body") String body) {
    PortalContext ctx = portal.context();
    projects.requireMember(projectId, caller.getSubject());
    String typed = body == null ? "" : body;
    if (typed.isBlank()) {
      return form(422, ctx, projectId, typed, MessageProblem.REQUIRED);
    }
    if (typed.length() > MessagingService.MAX_BODY) {
      return form(422, ctx, projectId, typed, MessageProblem.TOO_LONG);
    }
    messaging.post(projectId, caller.getSubject(), typed);
    return Response.fromResponse(form(200, ctx, projectId, "", null))
        .header("HX-Trigger", "messages-changed")
        .build();
  }

  private Response form(
      int status, PortalContext ctx, String projectId, String body, MessageProblem error) {
    return render.fragment(status, Templates.messages$form(ctx, projectId, body, error));
  }

  private List<MessageRow> rows(String projectId, String zone) {
    // The service pages forward from an id; walk to the end and keep the newest.
    java.util.ArrayDeque<MessageView> newest = new java.util.ArrayDeque<>();
    long after = 0;
    List<MessageView> page;
    do {
      page = messaging.list(projectId, caller.getSubject(), after, MessagingService.MAX_PAGE);
      for (MessageView m : page) {
        newest.addLast(m);
        if (newest.size() > SHOWN) {
          newest.removeFirst();
        }
        after = m.messageId();
      }
    } while (page.size() == MessagingService.MAX_PAGE);
    return newest.stream().map(m -> MessageRow.of(m, caller.getSubject(), zone)).toList();
  }
}
