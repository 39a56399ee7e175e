package dev.sitehub.cloud.design;

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
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The homeowner's design confirmation page: proposal versions with notes, files and comments, a
 * comment form per version, and the confirmation of exactly one version, all through the same
 * design service as the API.
 */
@Path("/portal/projects/{projectId}/design")
public class DesignPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance design(PortalContext ctx, DesignPageView view);

    static native TemplateInstance design$proposals(PortalContext ctx, DesignPageView view);
  }

  private final DesignService design;
  private final ProjectAccess access;
  private final SiteService sites;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public DesignPage(
      DesignService design,
      ProjectAccess access,
      SiteService sites,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.design = design;
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
    return render.page(Templates.design(ctx, view(p)));
  }

  /**
   * The proposal file, opened in the browser (PDF and images display inline) or saved under its
   * version's name; for the project's members, as the page itself.
   */
  @GET
  @Path("proposals/{proposalId}/file")
  @RolesAllowed("**")
  public Response file(
      @PathParam("projectId") String projectId, @PathParam("proposalId") String proposalId) {
    Project p = access.require(caller, projectId);
    DesignService.ProposalFile f = design.file(p, proposalId);
    return Response.ok(f.content(), f.mediaType())
        .header("Content-Disposition", "inline; filename=\"" + f.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @POST
  @Path("proposals/{proposalId}/comments")
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.DESIGNER_NAME})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response comment(
      @PathParam("projectId") String projectId,
      @PathParam("proposalId") String proposalId,
      @FormParam("text") String text) {
    PortalContext ctx = portal.context();
    Project p = access.requireRole(caller, projectId, Role.HOMEOWNER, Role.DESIGNER);
    String typed = text == null ? "" : text;
    if (typed.isBlank()) {
      return proposals(422, ctx, view(p).withComment(proposalId, typed, DesignProblem.REQUIRED));
    }
    if (typed.length() > DesignService.MAX_COMMENT) {
      DesignPageView tooLong =
          view(p).withComment(proposalId, typed, DesignProblem.COMMENT_TOO_LONG);
      return proposals(422, ctx, tooLong);
    }
    design.comment(p, proposalId, new CommentRequest(typed), caller.getSubject());
    return proposals(200, ctx, view(p));
  }

  @POST
  @Path("proposals/{proposalId}/confirm")
  @RolesAllowed(Role.HOMEOWNER_NAME)
  public Response confirm(
      @PathParam("projectId") String projectId, @PathParam("proposalId") String proposalId) {
    PortalContext ctx = portal.context();
    Project p = access.require(caller, projectId);
    try {
      design.confirm(p, proposalId, caller.getSubject());
    } catch (ProblemException e) {
      DesignProblem problem = DesignProblem.of(e.code()).orElseThrow(() -> e);
      return proposals(e.status() == 403 ? 403 : 409, ctx, view(p).withError(problem));
    }
    return proposals(200, ctx, view(p));
  }

  private Response proposals(int status, PortalContext ctx, DesignPageView view) {
    return render.fragment(status, Templates.design$proposals(ctx, view));
  }

  private DesignPageView view(Project p) {
    Site site = sites.get(p.siteId());
    Set<Role> mine = access.rolesOn(caller, p);
    boolean customer = mine.contains(Role.HOMEOWNER);
    boolean designer = mine.contains(Role.DESIGNER);
    return DesignPageView.of(
        p.projectId(),
        site.name(),
        site.timezone(),
        design.list(p),
        customer,
        customer || designer);
  }
}
