package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.common.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Renders failures as portal pages instead of problem+json: 401 shows the sign-in form (and comes
 * back here afterwards), 403 the access-denied page, anything else a short localized error page. An
 * htmx request gets only the card of that page, which it swaps in place of the fragment it asked
 * for (portal.js lets htmx swap 4xx answers), keeping the status.
 */
@ApplicationScoped
public class PortalErrors {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance forbidden(PortalContext ctx);

    static native TemplateInstance forbidden$card(PortalContext ctx);

    static native TemplateInstance error(PortalContext ctx, int status);

    static native TemplateInstance error$card(PortalContext ctx, int status);
  }

  private final PortalRender render;

  public PortalErrors(PortalRender render) {
    this.render = render;
  }

  public Response unauthorized(PortalContext ctx) {
    return render.page(401, PortalAuthPage.signInPage(ctx, SignInForm.empty(ctx.path())));
  }

  public Response forbidden(PortalContext ctx) {
    return render.page(403, Templates.forbidden(ctx), Templates.forbidden$card(ctx));
  }

  public Response problem(PortalContext ctx, ProblemException e) {
    if (e.status() == 403) {
      return forbidden(ctx);
    }
    if (e.status() == 401) {
      return unauthorized(ctx);
    }
    return render.page(
        e.status(), Templates.error(ctx, e.status()), Templates.error$card(ctx, e.status()));
  }

  /** Whether a request path belongs to the portal, whose failures render as pages. */
  public static boolean isPortalPath(String path) {
    return path != null && (path.equals("/portal") || path.startsWith("/portal/"));
  }
}
