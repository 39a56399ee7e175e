package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
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
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The enterprise workspace for its staff: the profile (its admin edits the editable fields) and the
 * staff list (its admin invites people by username). Invitees see their invitation and accept it
 * here. The inquiries and projects sections live with their features and share the header.
 */
@Path("/portal/enterprise")
public class WorkspacePage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance workspace(PortalContext ctx, WorkspaceView view);

    static native TemplateInstance workspace$content(PortalContext ctx, WorkspaceView view);

    static native TemplateInstance none(PortalContext ctx);

    static native TemplateInstance invitation(
        PortalContext ctx, StaffMember invitation, Enterprise enterprise);
  }

  private final Workspaces workspaces;
  private final EnterpriseService enterprises;
  private final StaffService staff;
  private final EnterpriseRatings ratings;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public WorkspacePage(
      Workspaces workspaces,
      EnterpriseService enterprises,
      StaffService staff,
      EnterpriseRatings ratings,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.workspaces = workspaces;
    this.enterprises = enterprises;
    this.staff = staff;
    this.ratings = ratings;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  /** Sends a member to their enterprise's workspace; anyone else learns how to get one. */
  @GET
  @RolesAllowed("**")
  public Response home() {
    Optional<StaffMember> m = staff.membership(caller.getSubject());
    if (m.isPresent()) {
      return Response.seeOther(URI.create("/portal/enterprise/" + m.get().enterpriseId())).build();
    }
    PortalContext ctx = portal.context();
    return render.page(Templates.none(ctx));
  }

  @GET
  @Path("{id}")
  @RolesAllowed("**")
  public Response page(@PathParam("id") String id, @QueryParam("done") String done) {
    PortalContext ctx = portal.context();
    Optional<StaffMember> invited =
        staff
            .membership(caller.getSubject())
            .filter(m -> m.enterpriseId().equals(id) && !m.active());
    if (invited.isPresent()) {
      return render.page(Templates.invitation(ctx, invited.get(), enterprises.get(id)));
    }
    WorkspaceView view = view(workspaces.open(caller.getSubject(), id));
    if ("profile".equals(done)) {
      view = view.withNotice("profileSaved", null);
    }
    return render.page(Templates.workspace(ctx, view));
  }

  @POST
  @Path("{id}/profile")
  @RolesAllowed("**")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response editProfile(
      @PathParam("id") String id,
      @FormParam("name") String name,
      @FormParam("city") String city,
      @FormParam("district") String district,
      @FormParam("specialties") String specialties,
      @FormParam("priceBand") String priceBand,
      @FormParam("description") String description) {
    PortalContext ctx = portal.context();
    staff.requireAdmin(caller.getSubject(), id);
    Workspace ws = workspaces.open(caller.getSubject(), id);
    ProfileForm form =
        new ProfileForm(name, city, district, specialties, priceBand, description, null);
    if (form.band() == null) {
      return answer(422, ctx, view(ws).withProfile(form.failed(WorkspaceProblem.PRICE_BAND)));
    }
    try {
      enterprises.updateProfile(id, caller.getSubject(), form.request());
    } catch (ProblemException e) {
      WorkspaceProblem p =
          WorkspaceProblem.of(WorkspaceProblem.Form.PROFILE, e.code()).orElseThrow(() -> e);
      return answer(e.status() == 409 ? 409 : 422, ctx, view(ws).withProfile(form.failed(p)));
    }
    if (portal.htmx()) {
      Workspace fresh = workspaces.open(caller.getSubject(), id);
      return answer(200, ctx, view(fresh).withNotice("profileSaved", null));
    }
    return Response.seeOther(URI.create("/portal/enterprise/" + id + "?done=profile")).build();
  }

  @POST
  @Path("{id}/staff")
  @RolesAllowed("**")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response invite(
      @PathParam("id") String id,
      @FormParam("username") String username,
      @FormParam("role") String role,
      @FormParam("title") String title) {
    PortalContext ctx = portal.context();
    staff.requireAdmin(caller.getSubject(), id);
    Workspace ws = workspaces.open(caller.getSubject(), id);
    InviteForm form = new InviteForm(username, role, title, null);
    if (form.username().isEmpty()) {
      return answer(422, ctx, view(ws).withInvite(form.failed(WorkspaceProblem.USERNAME)));
    }
    Role r = role(form.role());
    if (r == null) {
      return answer(422, ctx, view(ws).withInvite(form.failed(WorkspaceProblem.ROLE)));
    }
    StaffMember m;
    try {
      m = staff.invite(id, caller.getSubject(), new InviteStaffRequest(form.username(), r, title));
    } catch (ProblemException e) {
      WorkspaceProblem p =
          WorkspaceProblem.of(WorkspaceProblem.Form.INVITE, e.code()).orElseThrow(() -> e);
      return answer(e.status() == 409 ? 409 : 422, ctx, view(ws).withInvite(form.failed(p)));
    }
    if (portal.htmx()) {
      return answer(200, ctx, view(ws).withNotice("invited", m.displayName()));
    }
    return Response.seeOther(URI.create("/portal/enterprise/" + id + "#staff")).build();
  }

  @POST
  @Path("{id}/accept")
  @RolesAllowed("**")
  public Response accept(@PathParam("id") String id) {
    staff.accept(id, caller.getSubject());
    if (portal.htmx()) {
      PortalContext ctx = portal.context();
      return answer(200, ctx, view(workspaces.open(caller.getSubject(), id)));
    }
    return Response.seeOther(URI.create("/portal/enterprise/" + id)).build();
  }

  private WorkspaceView view(Workspace ws) {
    Enterprise e = enterprises.get(ws.enterpriseId());
    List<Role> roles = e.type().staffRoles().stream().sorted().toList();
    return new WorkspaceView(
        ws,
        EnterpriseView.of(e, ratings.rating()),
        staff.roster(ws.enterpriseId()),
        roles,
        ProfileForm.of(e),
        InviteForm.EMPTY,
        null,
        null,
        enterprises.certificates(ws.enterpriseId()).stream()
            .anyMatch(c -> c.kind() == CertificateKind.BUSINESS_LICENCE));
  }

  /** htmx gets the refreshed section; a plain form post gets the whole page. */
  private Response answer(int status, PortalContext ctx, WorkspaceView view) {
    return render.page(
        status, Templates.workspace(ctx, view), Templates.workspace$content(ctx, view));
  }

  private static Role role(String role) {
    try {
      return role.isEmpty() ? null : Role.valueOf(role.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
