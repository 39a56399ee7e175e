package dev.sitehub.cloud.consultation;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.enterprises.Workspace;
import dev.sitehub.cloud.enterprises.WorkspaceProblem;
import dev.sitehub.cloud.enterprises.Workspaces;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
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
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The enterprise workspace's inquiries: every thread customers addressed to the enterprise, each
 * opened with its messages and a reply form, through the same consultation service and access rules
 * as the inbox API (active staff of that enterprise only).
 */
@Path("/portal/enterprise/{id}/inquiries")
public class InquiryInboxPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance inquiries(PortalContext ctx, InquiryInboxView view);

    static native TemplateInstance thread(PortalContext ctx, InquiryInboxView view);
  }

  private final ConsultationService consultation;
  private final Workspaces workspaces;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public InquiryInboxPage(
      ConsultationService consultation,
      Workspaces workspaces,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.consultation = consultation;
    this.workspaces = workspaces;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response list(@PathParam("id") String id) {
    PortalContext ctx = portal.context();
    Workspace ws = workspaces.open(caller.getSubject(), id);
    InquiryInboxView view =
        InquiryInboxView.list(ws, consultation.inbox(id, null, caller.getSubject()));
    return render.page(Templates.inquiries(ctx, view));
  }

  @GET
  @Path("{inquiryId}")
  @RolesAllowed("**")
  public Response thread(@PathParam("id") String id, @PathParam("inquiryId") String inquiryId) {
    PortalContext ctx = portal.context();
    Workspace ws = workspaces.open(caller.getSubject(), id);
    ThreadView t = consultation.thread(inquiryId, id, caller.getSubject());
    return render(200, ctx, InquiryInboxView.thread(ws, t));
  }

  @POST
  @Path("{inquiryId}/reply")
  @RolesAllowed("**")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reply(
      @PathParam("id") String id,
      @PathParam("inquiryId") String inquiryId,
      @FormParam("body") String body) {
    PortalContext ctx = portal.context();
    Workspace ws = workspaces.open(caller.getSubject(), id);
    ThreadView after;
    try {
      after = consultation.reply(inquiryId, id, new ReplyRequest(body), caller.getSubject());
    } catch (ProblemException e) {
      WorkspaceProblem p =
          WorkspaceProblem.of(WorkspaceProblem.Form.REPLY, e.code()).orElseThrow(() -> e);
      ThreadView t = consultation.thread(inquiryId, id, caller.getSubject());
      return render(
          p == WorkspaceProblem.REPLY ? 422 : 409,
          ctx,
          InquiryInboxView.thread(ws, t).withReply(body, p));
    }
    if (portal.htmx()) {
      return render(200, ctx, InquiryInboxView.thread(ws, after));
    }
    return Response.seeOther(
            URI.create("/portal/enterprise/" + id + "/inquiries/" + inquiryId + "#reply-form"))
        .build();
  }

  private Response render(int status, PortalContext ctx, InquiryInboxView view) {
    return render.page(status, Templates.thread(ctx, view));
  }
}
