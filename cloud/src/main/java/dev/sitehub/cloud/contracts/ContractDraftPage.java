package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.consultation.ConsultationService;
import dev.sitehub.cloud.consultation.ThreadView;
import dev.sitehub.cloud.enterprises.StaffMember;
import dev.sitehub.cloud.enterprises.StaffService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A decoration company's admin drafts a contract from an inquiry thread: the thread's customer and
 * the company are the parties, the admin names the project manager and the terms (the same {@link
 * ContractService#draft} the API calls). Then both sign on the contract's page.
 */
@Path("/portal/contract-drafts")
public class ContractDraftPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance draft(
        PortalContext ctx, DraftForm form, ThreadView thread, List<StaffMember> managers);
  }

  private final ContractService contracts;
  private final ConsultationService consultation;
  private final StaffService staff;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public ContractDraftPage(
      ContractService contracts,
      ConsultationService consultation,
      StaffService staff,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.contracts = contracts;
    this.consultation = consultation;
    this.staff = staff;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response form(@QueryParam("inquiry") String inquiry) {
    ThreadView t = thread(inquiry);
    return render.page(
        Templates.draft(
            portal.context(),
            DraftForm.empty(t.inquiryId(), t.subject()),
            t,
            managers(t.enterpriseId())));
  }

  @POST
  @RolesAllowed("**")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response draft(
      @FormParam("inquiry") String inquiry,
      @FormParam("title") String title,
      @FormParam("siteName") String siteName,
      @FormParam("siteAddress") String siteAddress,
      @FormParam("scope") String scope,
      @FormParam("total") String total,
      @FormParam("startDate") String startDate,
      @FormParam("endDate") String endDate,
      @FormParam("projectManager") String projectManager,
      @FormParam("stages") String stages) {
    PortalContext ctx = portal.context();
    DraftForm form =
        new DraftForm(
            inquiry,
            title,
            siteName,
            siteAddress,
            scope,
            total,
            startDate,
            endDate,
            projectManager,
            stages,
            null);
    ThreadView t = thread(form.inquiry());
    List<StaffMember> managers = managers(t.enterpriseId());
    DraftProblem early = early(form);
    if (early != null) {
      return render.page(422, Templates.draft(ctx, form.failed(early), t, managers));
    }
    ContractView v;
    try {
      v =
          contracts.draft(
              new DraftContractRequest(
                  t.customerId(),
                  t.enterpriseId(),
                  null,
                  null,
                  null,
                  new ContractChanges(
                      form.title(),
                      form.siteName(),
                      form.siteAddress(),
                      form.scope(),
                      form.totalFen(),
                      DraftForm.date(form.startDate()),
                      DraftForm.date(form.endDate()),
                      null,
                      form.stageShares(),
                      form.projectManager().isEmpty()
                          ? null
                          : List.of(new StaffRequest(Role.PROJECT_MANAGER, form.projectManager())),
                      null)),
              caller.getSubject());
    } catch (ProblemException e) {
      DraftProblem p = DraftProblem.of(e.code()).orElseThrow(() -> e);
      int status = e.status() == 403 ? 403 : 422;
      return render.page(status, Templates.draft(ctx, form.failed(p), t, managers));
    }
    return Response.seeOther(URI.create("/portal/contracts/" + v.contractId())).build();
  }

  /** What the page can tell before asking the service: amounts, dates and stage lines as typed. */
  private static DraftProblem early(DraftForm form) {
    if (form.totalFen() == null) {
      return DraftProblem.TOTAL;
    }
    if (DraftForm.date(form.startDate()) == null || DraftForm.date(form.endDate()) == null) {
      return DraftProblem.DATES;
    }
    try {
      form.stageShares();
    } catch (IllegalArgumentException | ArithmeticException e) {
      return DraftProblem.STAGES;
    }
    if (form.projectManager().isEmpty()) {
      return DraftProblem.MANAGER;
    }
    return null;
  }

  /**
   * The inquiry thread of the caller's enterprise, if the caller is its admin: drafting is the
   * admin's, as signing is; anyone else gets the 403 page.
   */
  private ThreadView thread(String inquiry) {
    StaffMember m =
        staff
            .activeMembership(caller.getSubject())
            .filter(x -> x.role() == Role.ENTERPRISE_ADMIN)
            .orElseThrow(
                () ->
                    ProblemException.forbidden(
                        "not-a-contract-party", "only a company's admin drafts contracts"));
    return consultation.thread(
        inquiry == null ? "" : inquiry.strip(), m.enterpriseId(), caller.getSubject());
  }

  private List<StaffMember> managers(String enterpriseId) {
    return staff.active(enterpriseId).stream()
        .filter(s -> s.role() == Role.PROJECT_MANAGER)
        .toList();
  }
}
