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

    static native TemplateInstance tooLarge(PortalContext ctx, String limit, String back);

    static native TemplateInstance tooLarge$card(PortalContext ctx, String limit, String back);
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

  /**
   * A form post refused for its size (413), before any page read it: a page in the viewer's
   * language that says which limit was passed and links back to the form it came from ({@code
   * referer}, when it is a portal page), never the API's problem+json.
   */
  public Response tooLarge(PortalContext ctx, String limit, String referer) {
    String back = LocalRedirect.of(localPart(referer));
    return render.page(
        413, Templates.tooLarge(ctx, limit, back), Templates.tooLarge$card(ctx, limit, back));
  }

  /** The path and query of a same-site Referer, or null. */
  static String localPart(String referer) {
    if (referer == null) {
      return null;
    }
    try {
      java.net.URI uri = java.net.URI.create(referer);
      String path = uri.getRawPath();
      if (path == null) {
        return null;
      }
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether a request path belongs to the portal, whose failures render as pages. */
  public static boolean isPortalPath(String path) {
    return path != null && (path.equals("/portal") || path.startsWith("/portal/"));
  }
}
