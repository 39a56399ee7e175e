package dev.sitehub.cloud.evaluation;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The homeowner's evaluation page: after the final acceptance, a 1-5 rating of quality, schedule,
 * communication and tidiness plus text for each enterprise and named staff member of the contract,
 * stored by the same evaluation service as the API; rated targets show the evaluation and reply.
 */
@Path("/portal/projects/{projectId}/evaluation")
public class EvaluationPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance evaluation(PortalContext ctx, EvaluationPageView view);

    static native TemplateInstance evaluation$targets(PortalContext ctx, EvaluationPageView view);
  }

  private final EvaluationService evaluations;
  private final ProjectAccess access;
  private final SiteService sites;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public EvaluationPage(
      EvaluationService evaluations,
      ProjectAccess access,
      SiteService sites,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.evaluations = evaluations;
    this.access = access;
    this.sites = sites;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response page(@PathParam("projectId") String projectId) {
    PortalContext ctx = portal.context();
    Project p = access.require(caller, projectId);
    EvaluationPageView view = view(p, null, null, null);
    return render.page(Templates.evaluation(ctx, view));
  }

  @POST
  @RolesAllowed(Role.HOMEOWNER_NAME)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response rate(
      @PathParam("projectId") String projectId,
      @FormParam("targetKind") String targetKind,
      @FormParam("targetId") String targetId,
      @FormParam("quality") String quality,
      @FormParam("schedule") String schedule,
      @FormParam("communication") String communication,
      @FormParam("tidiness") String tidiness,
      @FormParam("text") String text) {
    PortalContext ctx = portal.context();
    Project p = access.require(caller, projectId);
    String key = targetKind + ":" + targetId;
    Map<String, String> typed = new HashMap<>();
    typed.put(ScoreAspect.QUALITY.field(), quality);
    typed.put(ScoreAspect.SCHEDULE.field(), schedule);
    typed.put(ScoreAspect.COMMUNICATION.field(), communication);
    typed.put(ScoreAspect.TIDINESS.field(), tidiness);
    EvaluationForm form = EvaluationForm.parse(typed, text);
    if (!form.valid()) {
      return targets(422, ctx, view(p, key, form, null));
    }
    RateRequest.TargetKind kind;
    try {
      kind = RateRequest.TargetKind.valueOf(String.valueOf(targetKind));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("invalid-target-kind", "kind must be ENTERPRISE or STAFF");
    }
    try {
      evaluations.rate(
          p,
          new RateRequest(
              kind,
              targetId,
              form.value(ScoreAspect.QUALITY),
              form.value(ScoreAspect.SCHEDULE),
              form.value(ScoreAspect.COMMUNICATION),
              form.value(ScoreAspect.TIDINESS),
              form.text()),
          caller.getSubject());
    } catch (ProblemException e) {
      EvaluationProblem why = EvaluationProblem.of(e.code()).orElseThrow(() -> e);
      int status = e.status() == 403 ? 403 : e.status() == 400 ? 422 : 409;
      return targets(status, ctx, view(p, key, form, why));
    }
    return targets(200, ctx, view(p, null, null, null));
  }

  /**
   * The rated enterprise's reply to an evaluation, through the same service as {@code POST
   * /api/evaluations/{id}/reply}, which checks that the caller speaks for that enterprise.
   */
  @POST
  @Path("{evaluationId}/reply")
  @RolesAllowed("**")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reply(
      @PathParam("projectId") String projectId,
      @PathParam("evaluationId") String evaluationId,
      @FormParam("text") String text) {
    PortalContext ctx = portal.context();
    Project p = access.require(caller, projectId);
    String typed = text == null ? "" : text;
    EvaluationView ev =
        evaluations.forProject(p).stream()
            .filter(e -> e.evaluationId().equals(evaluationId))
            .findFirst()
            .orElseThrow(
                () -> ProblemException.notFound("evaluation-not-found", "no such evaluation"));
    String key = ev.targetKind() + ":" + ev.targetId();
    if (typed.isBlank()) {
      return targets(422, ctx, replied(p, key, typed, EvaluationProblem.REQUIRED));
    }
    if (typed.length() > EvaluationForm.MAX_TEXT) {
      return targets(422, ctx, replied(p, key, typed, EvaluationProblem.TEXT_TOO_LONG));
    }
    try {
      evaluations.reply(evaluationId, new ReplyRequest(typed), caller.getSubject());
    } catch (ProblemException e) {
      EvaluationProblem why =
          e.status() == 409 ? EvaluationProblem.of(e.code()).orElseThrow(() -> e) : null;
      if (why == null) {
        throw e;
      }
      return targets(409, ctx, replied(p, key, typed, why));
    }
    return targets(200, ctx, view(p, null, null, null));
  }

  private EvaluationPageView replied(Project p, String key, String typed, EvaluationProblem error) {
    EvaluationPageView v = view(p, null, null, null);
    List<EvaluationPageView.Target> rows = new ArrayList<>();
    for (EvaluationPageView.Target t : v.targets()) {
      boolean posted = key.equals(t.kind() + ":" + t.id());
      rows.add(
          posted
              ? new EvaluationPageView.Target(
                  t.slot(),
                  t.kind(),
                  t.id(),
                  t.name(),
                  t.evaluation(),
                  t.form(),
                  t.error(),
                  t.replyable(),
                  typed,
                  error)
              : t);
    }
    return new EvaluationPageView(v.projectId(), v.siteName(), v.open(), v.customer(), rows);
  }

  private Response targets(int status, PortalContext ctx, EvaluationPageView view) {
    return render.fragment(status, Templates.evaluation$targets(ctx, view));
  }

  /** The page, with {@code form} and {@code error} shown on the target keyed {@code formKey}. */
  private EvaluationPageView view(
      Project p, String formKey, EvaluationForm form, EvaluationProblem error) {
    boolean open = evaluations.open(p);
    boolean customer = p.customerId().equals(caller.getSubject());
    Map<String, EvaluationView> rated = new HashMap<>();
    for (EvaluationView e : evaluations.forProject(p)) {
      rated.put(e.targetKind() + ":" + e.targetId(), e);
    }
    List<EvaluationPageView.Target> rows = new ArrayList<>();
    for (EvaluationTarget t : evaluations.targets(p)) {
      String key = t.kind().name() + ":" + t.id();
      EvaluationView done = rated.get(key);
      boolean posted = key.equals(formKey);
      EvaluationForm f =
          done != null || !open || !customer ? null : posted ? form : EvaluationForm.empty();
      rows.add(
          new EvaluationPageView.Target(
              "t" + rows.size(),
              t.kind().name(),
              t.id(),
              t.name(),
              done,
              f,
              posted ? error : null,
              done != null && evaluations.mayReply(done, caller.getSubject()),
              "",
              null));
    }
    return new EvaluationPageView(
        p.projectId(), sites.get(p.siteId()).name(), open, customer, rows);
  }
}
