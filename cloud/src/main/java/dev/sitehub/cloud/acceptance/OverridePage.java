package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectService;
import dev.sitehub.cloud.portal.AdminProblem;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The operator's acceptance override: assembles a stage's acceptance record although criteria fail,
 * with a written justification that the record and the evidence chain keep.
 */
@Path("/portal/operator/overrides")
public class OverridePage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance overrides(
        PortalContext ctx, OverrideForm form, AcceptanceEvidence record);
  }

  /**
   * The override form as typed, with the problems next to each field and above the form; {@code
   * formDetail} is the service's own explanation (which criteria fail, and why).
   */
  public record OverrideForm(
      String projectId,
      String stage,
      String reason,
      AdminProblem projectError,
      AdminProblem stageError,
      AdminProblem reasonError,
      AdminProblem formError,
      String formDetail) {
    static final OverrideForm EMPTY = new OverrideForm("", "", "", null, null, null, null, null);
  }

  private final AcceptanceService acceptance;
  private final ProjectService projects;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public OverridePage(
      AcceptanceService acceptance,
      ProjectService projects,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.acceptance = acceptance;
    this.projects = projects;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.OPERATOR_NAME)
  public Response page() {
    return render(200, portal.context(), OverrideForm.EMPTY, null);
  }

  @POST
  @RolesAllowed(Role.OPERATOR_NAME)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response override(
      @FormParam("projectId") String projectId,
      @FormParam("stage") String stage,
      @FormParam("reason") String reason) {
    PortalContext ctx = portal.context();
    String project = projectId == null ? "" : projectId.strip();
    String stageText = stage == null ? "" : stage.strip();
    String why = reason == null ? "" : reason.strip();
    Integer seq = seq(stageText);
    AdminProblem projectError = project.isEmpty() ? AdminProblem.REQUIRED : null;
    AdminProblem stageError = seq == null ? AdminProblem.STAGE : null;
    AdminProblem reasonError = why.isEmpty() ? AdminProblem.REASON_REQUIRED : null;
    Project p = projectError == null ? projects.find(project).orElse(null) : null;
    if (projectError == null && p == null) {
      projectError = AdminProblem.PROJECT_NOT_FOUND;
    }
    if (projectError != null || stageError != null || reasonError != null) {
      OverrideForm form =
          new OverrideForm(
              project, stageText, why, projectError, stageError, reasonError, null, null);
      return render(422, ctx, form, null);
    }
    try {
      AcceptanceRecord rec =
          acceptance.assemble(p, seq, new AcceptRequest(why), caller.getSubject(), true);
      return render(200, ctx, OverrideForm.EMPTY, rec);
    } catch (ProblemException e) {
      AdminProblem problem = AdminProblem.refusal(AdminProblem.Form.OVERRIDE, e.code());
      OverrideForm form =
          new OverrideForm(
              project, stageText, why, null, problem.at("stage"), null, problem, e.getMessage());
      return render(e.status() == 409 ? 409 : 422, ctx, form, null);
    }
  }

  private Response render(int status, PortalContext ctx, OverrideForm form, AcceptanceRecord rec) {
    // The operator console shows times in UTC: it serves sites in every zone.
    AcceptanceEvidence shown = rec == null ? null : AcceptanceEvidence.of(rec, null, List.of());
    return render.page(status, Templates.overrides(ctx, form, shown));
  }

  private static Integer seq(String text) {
    try {
      int n = Integer.parseInt(text);
      return n >= 0 && n < 1000 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
