package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import dev.sitehub.cloud.contracts.StagePayment;
import dev.sitehub.cloud.inspections.InspectionService;
import dev.sitehub.cloud.inspections.InspectionSummary;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import dev.sitehub.cloud.settlement.LedgerService;
import dev.sitehub.cloud.settlement.PaymentsView;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.sites.SiteService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The acceptance sign-off page of one stage: the evidence (criteria verdicts and their data, the
 * inspection, camera stills), the supervisor's then the homeowner's signature, and afterwards the
 * homeowner's release of the stage payment, all through the same services as the JSON API.
 */
@Path("/portal/projects/{projectId}/stages/{seq}")
public class AcceptancePage {
  /** Release is replayed under one key per stage, so a double click posts once. */
  static final String RELEASE_KEY = "portal-release-";

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance acceptance(PortalContext ctx, AcceptancePageView view);

    static native TemplateInstance acceptance$panel(PortalContext ctx, AcceptancePageView view);
  }

  private final AcceptanceService acceptance;
  private final InspectionService inspections;
  private final LedgerService ledger;
  private final AcceptanceEvidences evidences;
  private final CriteriaService criteria;
  private final SiteService sites;
  private final ProjectAccess access;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public AcceptancePage(
      AcceptanceService acceptance,
      InspectionService inspections,
      LedgerService ledger,
      AcceptanceEvidences evidences,
      CriteriaService criteria,
      SiteService sites,
      ProjectAccess access,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.acceptance = acceptance;
    this.inspections = inspections;
    this.ledger = ledger;
    this.evidences = evidences;
    this.criteria = criteria;
    this.sites = sites;
    this.access = access;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @Path("acceptance")
  @RolesAllowed("**")
  public Response page(@PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    PortalContext ctx = portal.context();
    Project p = access.require(caller, projectId);
    AcceptancePageView view = view(p, seq);
    return render.page(Templates.acceptance(ctx, view));
  }

  @POST
  @Path("acceptance/sign")
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.HOMEOWNER_NAME})
  public Response sign(@PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    PortalContext ctx = portal.context();
    Project p = access.requireRole(caller, projectId, Role.SUPERVISOR, Role.HOMEOWNER);
    return attempt(
        ctx, p, seq, () -> acceptance.sign(p, seq, caller.getSubject(), isSupervisor(p)));
  }

  @POST
  @Path("release")
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.OPERATOR_NAME})
  public Response release(@PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    PortalContext ctx = portal.context();
    Project p = access.requireCustomer(caller, projectId);
    return attempt(
        ctx, p, seq, () -> ledger.releaseStage(p, seq, caller.getSubject(), RELEASE_KEY + seq));
  }

  /** Runs a signature or release; a refusal the panel shows comes back in it, any other goes on. */
  private Response attempt(PortalContext ctx, Project p, int seq, Runnable action) {
    try {
      action.run();
    } catch (ProblemException e) {
      AcceptanceProblem problem = AcceptanceProblem.of(e.code()).orElseThrow(() -> e);
      return panel(409, ctx, view(p, seq).withError(problem));
    }
    return panel(200, ctx, view(p, seq));
  }

  private Response panel(int status, PortalContext ctx, AcceptancePageView view) {
    return render.fragment(status, Templates.acceptance$panel(ctx, view));
  }

  /** The contract names the caller the project's supervisor. */
  private boolean isSupervisor(Project p) {
    return access.rolesOn(caller, p).contains(Role.SUPERVISOR);
  }

  private AcceptancePageView view(Project p, int seq) {
    AcceptanceRecord r = acceptance.get(p, seq);
    Site site = sites.get(p.siteId());
    String zone = site.timezone();
    Optional<StagePayment> stage = p.stages().stream().filter(s -> s.seq() == seq).findFirst();
    InspectionSummary inspection =
        r.inspectionId() == null
            ? null
            : inspections.forStage(p, seq).stream()
                .filter(i -> i.inspectionId().equals(r.inspectionId()))
                .findFirst()
                .map(i -> InspectionSummary.of(i, zone))
                .orElse(null);
    boolean released = PaymentsView.of(ledger.statement(p), zone).released(seq);
    boolean customer = p.customerId().equals(caller.getSubject());
    boolean canSign =
        (r.state() == AcceptanceState.AWAITING_SUPERVISOR && isSupervisor(p))
            || (r.state() == AcceptanceState.AWAITING_CUSTOMER && customer);
    boolean canRelease =
        r.state() == AcceptanceState.SIGNED
            && stage.isPresent()
            && !released
            && (customer || SiteAccess.isOperator(caller));
    return new AcceptancePageView(
        p.projectId(),
        site.siteId(),
        site.name(),
        seq,
        stage.map(StagePayment::name).orElse(null),
        evidences.evidence(r, site.siteId(), zone),
        inspection,
        stage.map(s -> PaymentsView.yuan(s.payableFen())).orElse(null),
        stage.map(s -> PaymentsView.yuan(s.retainedFen())).orElse(null),
        released,
        canSign,
        canRelease,
        acceptance.evidenceReceipt(p, r),
        null,
        criteria.declared(p.projectId(), seq).stream().filter(c -> !c.active()).toList());
  }
}
