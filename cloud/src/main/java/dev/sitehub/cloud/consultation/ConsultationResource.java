package dev.sitehub.cloud.consultation;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consultation: inquiries, per-enterprise threads, replies and the enterprise inbox. */
@Path("/api")
@Tag(name = "consultation")
public class ConsultationResource {
  private final ConsultationService consultation;
  private final JsonWebToken caller;

  public ConsultationResource(ConsultationService consultation, JsonWebToken caller) {
    this.consultation = consultation;
    this.caller = caller;
  }

  @POST
  @Path("inquiries")
  @RolesAllowed(Role.HOMEOWNER_NAME)
  public Response ask(InquiryRequest request) {
    return Response.status(201).entity(consultation.ask(request, caller.getSubject())).build();
  }

  @GET
  @Path("inquiries")
  @RolesAllowed("**")
  public List<ThreadView> mine() {
    return consultation.mine(caller.getSubject());
  }

  @GET
  @Path("inquiries/{inquiryId}/threads/{enterpriseId}")
  @RolesAllowed("**")
  public ThreadView thread(
      @PathParam("inquiryId") String inquiryId, @PathParam("enterpriseId") String enterpriseId) {
    return consultation.thread(inquiryId, enterpriseId, caller.getSubject());
  }

  @POST
  @Path("inquiries/{inquiryId}/threads/{enterpriseId}/messages")
  @RolesAllowed("**")
  public ThreadView reply(
      @PathParam("inquiryId") String inquiryId,
      @PathParam("enterpriseId") String enterpriseId,
      ReplyRequest request) {
    return consultation.reply(inquiryId, enterpriseId, request, caller.getSubject());
  }

  @POST
  @Path("inquiries/{inquiryId}/threads/{enterpriseId}/close")
  @RolesAllowed("**")
  public ThreadView close(
      @PathParam("inquiryId") String inquiryId, @PathParam("enterpriseId") String enterpriseId) {
    return consultation.close(inquiryId, enterpriseId, caller.getSubject());
  }

  @GET
  @Path("enterprises/{enterpriseId}/inquiries")
  @RolesAllowed("**")
  public List<ThreadView> inbox(
      @PathParam("enterpriseId") String enterpriseId, @QueryParam("status") String status) {
    ThreadStatus s;
    try {
      s = status == null ? null : ThreadStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("invalid-status", "status is OPEN, ANSWERED or CLOSED");
    }
    return consultation.inbox(enterpriseId, s, caller.getSubject());
  }
}
