package dev.sitehub.cloud.consultation;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import dev.sitehub.cloud.enterprises.LibraryConfig;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The homeowner's inquiries: asking a company from its library page, the list of their threads, and
 * each thread with its replies and a reply form; the same consultation service and access rules as
 * the inquiries API (a thread is its customer's and the company's staff's only).
 */
@Path("/portal/inquiries")
public class CustomerInquiriesPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance mine(PortalContext ctx, CustomerInquiryView view);

    static native TemplateInstance ask(PortalContext ctx, CustomerInquiryView view);

    static native TemplateInstance conversation(PortalContext ctx, CustomerInquiryView view);
  }

  private final ConsultationService consultation;
  private final EnterpriseService enterprises;
  private final LibraryConfig config;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public CustomerInquiriesPage(
      ConsultationService consultation,
      EnterpriseService enterprises,
      LibraryConfig config,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.consultation = consultation;
    this.enterprises = enterprises;
    this.config = config;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response list() {
    String zone = config.workspaceTimezone();
    List<CustomerInquiryView.Row> rows =
        consultation.mine(caller.getSubject()).stream()
            .map(t -> CustomerInquiryView.row(t, name(t.enterpriseId()), zone))
            .toList();
    return render.page(Templates.mine(portal.context(), CustomerInquiryView.list(rows)));
  }

  /** The ask form for one company, reached from the "Ask" button on its library page. */
  @GET
  @Path("new")
  @RolesAllowed("**")
  public Response askForm(@QueryParam("enterprise") String enterpriseId) {
    String id = enterpriseId == null ? "" : enterpriseId.strip();
    return render.page(
        Templates.ask(portal.context(), CustomerInquiryView.ask(id, id.isEmpty() ? "" : name(id))));
  }

  @POST
  @RolesAllowed("**")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response ask(
      @FormParam("enterpriseId") String enterpriseId,
      @FormParam("subject") String subject,
      @FormParam("body") String body) {
    PortalContext ctx = portal.context();
    String id = enterpriseId == null ? "" : enterpriseId.strip();
    List<ThreadView> sent;
    try {
      sent =
          consultation.ask(
              new InquiryRequest(subject, body, id.isEmpty() ? List.of() : List.of(id)),
              caller.getSubject());
    } catch (ProblemException e) {
      InquiryProblem p = InquiryProblem.of(e.code()).orElseThrow(() -> e);
      CustomerInquiryView v =
          CustomerInquiryView.ask(id, id.isEmpty() ? "" : name(id)).typed(subject, body, p);
      return render.page(e.status() == 409 ? 409 : 422, Templates.ask(ctx, v));
    }
    ThreadView t = sent.get(0);
    return Response.seeOther(
            URI.create(
                "/portal/inquiries/" + t.inquiryId() + "/" + t.enterpriseId() + "?done=sent"))
        .build();
  }

  @GET
  @Path("{inquiryId}/{enterpriseId}")
  @RolesAllowed("**")
  public Response thread(
      @PathParam("inquiryId") String inquiryId,
      @PathParam("enterpriseId") String enterpriseId,
      @QueryParam("done") String done) {
    CustomerInquiryView v = open(inquiryId, enterpriseId);
    return render.page(
        Templates.conversation(portal.context(), "sent".equals(done) ? v.withNotice("sent") : v));
  }

  @POST
  @Path("{inquiryId}/{enterpriseId}/reply")
  @RolesAllowed("**")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reply(
      @PathParam("inquiryId") String inquiryId,
      @PathParam("enterpriseId") String enterpriseId,
      @FormParam("body") String body) {
    PortalContext ctx = portal.context();
    try {
      consultation.reply(inquiryId, enterpriseId, new ReplyRequest(body), caller.getSubject());
    } catch (ProblemException e) {
      InquiryProblem p = InquiryProblem.of(e.code()).orElseThrow(() -> e);
      CustomerInquiryView v = open(inquiryId, enterpriseId).typed("", body, p);
      return render.page(e.status() == 409 ? 409 : 422, Templates.conversation(ctx, v));
    }
    return Response.seeOther(
            URI.create("/portal/inquiries/" + inquiryId + "/" + enterpriseId + "#messages"))
        .build();
  }

  /** The thread, if the caller is its customer; staff use their workspace's inbox. */
  private CustomerInquiryView open(String inquiryId, String enterpriseId) {
    ThreadView t = consultation.thread(inquiryId, enterpriseId, caller.getSubject());
    if (!t.customerId().equals(caller.getSubject())) {
      throw ProblemException.forbidden("not-in-conversation", "not your conversation");
    }
    return CustomerInquiryView.thread(t, name(enterpriseId), config.workspaceTimezone());
  }

  private String name(String enterpriseId) {
    return enterprises.get(enterpriseId).name();
  }
}
