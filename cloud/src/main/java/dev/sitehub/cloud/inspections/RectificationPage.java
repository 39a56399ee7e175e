package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
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
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * A project's rectification tasks with who holds the ball: the project manager reports a fix with a
 * note and a photo of the work, and only the supervisor closes the task or sends it back, through
 * the same service as the API.
 */
@Path("/portal/projects/{projectId}/rectifications")
public class RectificationPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance rectifications(PortalContext ctx, RectificationsView view);

    static native TemplateInstance rectifications$tasks(PortalContext ctx, RectificationsView view);
  }

  private final RectificationService rectifications;
  private final PhotoUploads photos;
  private final ProjectAccess access;
  private final SiteService sites;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public RectificationPage(
      RectificationService rectifications,
      PhotoUploads photos,
      ProjectAccess access,
      SiteService sites,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.rectifications = rectifications;
    this.photos = photos;
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
    return render.page(Templates.rectifications(ctx, view(access.require(caller, projectId))));
  }

  /** The fix form without a photo (plain form posts and scripts). */
  @POST
  @Path("{id}/fixed")
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response fixed(
      @PathParam("projectId") String projectId,
      @PathParam("id") String id,
      @FormParam("note") String note) {
    return fix(projectId, id, note, null, null);
  }

  /** The fix form as the page sends it: a note and an optional photo of the work. */
  @POST
  @Path("{id}/fixed")
  @RolesAllowed(Role.PROJECT_MANAGER_NAME)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response fixedWithPhoto(
      @PathParam("projectId") String projectId,
      @PathParam("id") String id,
      MultipartFormDataInput form) {
    Map<String, Collection<FormValue>> values = form == null ? Map.of() : form.getValues();
    String photo = null;
    InspectionProblem photoError = null;
    try {
      photo = photos.fromForm(ChecklistForm.first(values, "photo"));
    } catch (ProblemException e) {
      photoError = InspectionProblem.photo(e.status());
    }
    return fix(projectId, id, ChecklistForm.text(values, "note"), photo, photoError);
  }

  private Response fix(
      String projectId, String id, String note, String photo, InspectionProblem photoError) {
    PortalContext ctx = portal.context();
    Project p = access.requireRole(caller, projectId, Role.PROJECT_MANAGER);
    String typed = note == null ? "" : note;
    InspectionProblem noteError =
        typed.isBlank()
            ? InspectionProblem.REQUIRED
            : typed.length() > RectificationService.MAX_NOTE ? InspectionProblem.TOO_LONG : null;
    if (noteError != null || photoError != null) {
      return render(422, ctx, view(p).withFixForm(id, typed, noteError, photoError));
    }
    return act(ctx, p, id, x -> rectifications.fixed(p, x, new FixRequest(typed, photo), user()));
  }

  @POST
  @Path("{id}/close")
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public Response close(@PathParam("projectId") String projectId, @PathParam("id") String id) {
    PortalContext ctx = portal.context();
    Project p = access.requireRole(caller, projectId, Role.SUPERVISOR);
    return act(ctx, p, id, x -> rectifications.close(p, x, user()));
  }

  @POST
  @Path("{id}/reopen")
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public Response reopen(@PathParam("projectId") String projectId, @PathParam("id") String id) {
    PortalContext ctx = portal.context();
    Project p = access.requireRole(caller, projectId, Role.SUPERVISOR);
    return act(ctx, p, id, x -> rectifications.reopen(p, x, user()));
  }

  /** Runs one move; a task that has moved on meanwhile shows its state with a note why. */
  private Response act(PortalContext ctx, Project p, String id, Consumer<String> move) {
    try {
      move.accept(id);
    } catch (ProblemException e) {
      InspectionProblem moved =
          InspectionProblem.of(e.code())
              .filter(r -> r == InspectionProblem.TASK_MOVED)
              .orElseThrow(() -> e);
      return render(moved.status(), ctx, view(p).withError(id, moved));
    }
    return render(200, ctx, view(p));
  }

  private RectificationsView view(Project p) {
    Site site = sites.get(p.siteId());
    Set<Role> mine = access.rolesOn(caller, p);
    return RectificationsView.of(
        p.projectId(),
        site.name(),
        site.timezone(),
        mine.contains(Role.PROJECT_MANAGER),
        mine.contains(Role.SUPERVISOR),
        rectifications.list(p));
  }

  private String user() {
    return caller.getSubject();
  }

  private Response render(int status, PortalContext ctx, RectificationsView view) {
    return render.page(
        status, Templates.rectifications(ctx, view), Templates.rectifications$tasks(ctx, view));
  }
}
