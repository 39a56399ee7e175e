package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import dev.sitehub.cloud.contracts.StagePayment;
import dev.sitehub.cloud.contracts.StageType;
import dev.sitehub.cloud.milestones.Milestone;
import dev.sitehub.cloud.milestones.MilestoneService;
import dev.sitehub.cloud.milestones.MilestoneState;
import dev.sitehub.cloud.milestones.PlanRequest;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * A stage's page: the project manager starts it, plans its dates and marks it ready for inspection
 * through the milestone service; the supervisor fills its checklist, with a photo per item, through
 * the inspection service. Refusals and bad fields come back in the viewer's language.
 */
@Path("/portal/projects/{projectId}/milestones/{seq}")
public class StagePage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance stage(PortalContext ctx, StageView view);

    static native TemplateInstance stage$body(PortalContext ctx, StageView view);
  }

  private final MilestoneService milestones;
  private final InspectionService inspections;
  private final RectificationService rectifications;
  private final ChecklistForm checklistForm;
  private final StageItems stageItems;
  private final ProjectAccess access;
  private final SiteService sites;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public StagePage(
      MilestoneService milestones,
      InspectionService inspections,
      RectificationService rectifications,
      ChecklistForm checklistForm,
      StageItems stageItems,
      ProjectAccess access,
      SiteService sites,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.milestones = milestones;
    this.inspections = inspections;
    this.rectifications = rectifications;
    this.checklistForm = checklistForm;
    this.stageItems = stageItems;
    this.access = access;
    this.sites = sites;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response page(@PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    PortalContext ctx = portal.context();
    Project p = access.require(caller, projectId);
    return render.page(Templates.stage(ctx, view(p, seq)));
  }

  @POST
  @Path("start")
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Response start(@PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    return move(projectId, seq, MilestoneState.IN_PROGRESS);
  }

  @POST
  @Path("ready")
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  public Response ready(@PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    return move(projectId, seq, MilestoneState.READY_FOR_INSPECTION);
  }

  @POST
  @Path("plan")
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response plan(
      @PathParam("projectId") String projectId,
      @PathParam("seq") int seq,
      @FormParam("plannedStart") String start,
      @FormParam("plannedEnd") String end) {
    PortalContext ctx = portal.context();
    Project p = access.requireRole(caller, projectId, Role.PROJECT_MANAGER);
    String s = start == null ? "" : start.strip();
    String e = end == null ? "" : end.strip();
    LocalDate from = date(s);
    LocalDate to = date(e);
    InspectionProblem startError = !s.isEmpty() && from == null ? InspectionProblem.DATE : null;
    InspectionProblem endError =
        e.isEmpty() ? InspectionProblem.REQUIRED : to == null ? InspectionProblem.DATE : null;
    if (startError == null && endError == null && from != null && to.isBefore(from)) {
      endError = InspectionProblem.PLAN;
    }
    StageView.PlanForm typed = new StageView.PlanForm(s, e, startError, endError);
    if (startError != null || endError != null) {
      return render(422, ctx, view(p, seq).withPlan(typed));
    }
    Optional<InspectionProblem> refused =
        refusal(
            () -> milestones.plan(p, seq, new PlanRequest(from, to)),
            r -> r == InspectionProblem.PLAN);
    if (refused.isPresent()) {
      StageView.PlanForm failed = new StageView.PlanForm(s, e, null, refused.get());
      return render(refused.get().status(), ctx, view(p, seq).withPlan(failed));
    }
    return render(200, ctx, view(p, seq));
  }

  @POST
  @Path("inspections")
  @RolesAllowed(Role.SUPERVISOR_NAME)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response inspect(
      @PathParam("projectId") String projectId,
      @PathParam("seq") int seq,
      MultipartFormDataInput form) {
    PortalContext ctx = portal.context();
    Project p = access.requireRole(caller, projectId, Role.SUPERVISOR);
    ChecklistForm.Parsed parsed = checklistForm.parse(stageItems.of(p, seq), form);
    if (!parsed.valid()) {
      return render(422, ctx, view(p, seq).withChecklist(parsed.typed(), null));
    }
    Optional<InspectionProblem> refused =
        refusal(
            () -> inspections.inspect(p, seq, parsed.request(), caller.getSubject()),
            r -> r.refusesMove() || r == InspectionProblem.PHOTO_TYPE);
    if (refused.isPresent()) {
      InspectionProblem r = refused.get();
      return render(r.status(), ctx, view(p, seq).withChecklist(parsed.typed(), r));
    }
    return render(200, ctx, view(p, seq));
  }

  /** The project's supervisor adds an item to the stage's checklist. */
  @POST
  @Path("items")
  @RolesAllowed(Role.SUPERVISOR_NAME)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addItem(
      @PathParam("projectId") String projectId,
      @PathParam("seq") int seq,
      @FormParam("title") String title) {
    PortalContext ctx = portal.context();
    Project p = access.requireRole(caller, projectId, Role.SUPERVISOR);
    String typed = title == null ? "" : title;
    Optional<InspectionProblem> refused =
        refusal(
            () -> stageItems.add(p, seq, typed, caller.getSubject()),
            r ->
                r == InspectionProblem.REQUIRED
                    || r == InspectionProblem.ITEM_TITLE
                    || r == InspectionProblem.TOO_MANY_ITEMS);
    if (refused.isPresent()) {
      InspectionProblem r = refused.get();
      return render(r.status(), ctx, view(p, seq).withNewItem(new StageView.ItemDraft(typed, r)));
    }
    return render(200, ctx, view(p, seq));
  }

  private Response move(String projectId, int seq, MilestoneState target) {
    PortalContext ctx = portal.context();
    Project p = access.requireRole(caller, projectId, Role.PROJECT_MANAGER);
    Optional<InspectionProblem> refused =
        refusal(
            () -> milestones.move(p, seq, target, caller.getSubject()),
            InspectionProblem::refusesMove);
    if (refused.isPresent()) {
      InspectionProblem r = refused.get();
      return render(r.status(), ctx, view(p, seq).withControlsError(r));
    }
    return render(200, ctx, view(p, seq));
  }

  /**
   * Runs a service call and returns its refusal when this page shows it ({@code shown}); any other
   * refusal goes on to the mappers.
   */
  private static Optional<InspectionProblem> refusal(
      Runnable call, Predicate<InspectionProblem> shown) {
    try {
      call.run();
      return Optional.empty();
    } catch (ProblemException e) {
      return Optional.of(InspectionProblem.of(e.code()).filter(shown).orElseThrow(() -> e));
    }
  }

  private StageView view(Project p, int seq) {
    Milestone m = milestones.get(p, seq);
    Site site = sites.get(p.siteId());
    long open =
        rectifications.list(p).stream()
            .filter(r -> r.stageSeq() == seq && r.state() != RectificationState.CLOSED)
            .count();
    Set<Role> mine = access.rolesOn(caller, p);
    StageType type =
        p.stages().stream()
            .filter(s -> s.seq() == seq)
            .findFirst()
            .map(StagePayment::type) // an untyped stage: Optional.empty, not a null element
            .orElse(null);
    return StageView.of(
        site.name(),
        site.timezone(),
        m,
        type,
        stageItems.of(p, m),
        mine.contains(Role.PROJECT_MANAGER),
        mine.contains(Role.SUPERVISOR),
        open,
        inspections.forStage(p, seq));
  }

  /** htmx posts get the page body to swap in; plain form posts get the whole page. */
  private Response render(int status, PortalContext ctx, StageView view) {
    return render.page(status, Templates.stage(ctx, view), Templates.stage$body(ctx, view));
  }

  private static LocalDate date(String s) {
    try {
      return s.isEmpty() ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
