package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.common.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Renders failures as portal pages instead of problem+json: 401 shows the sign-in form (and comes
 * back here afterwards), 403 the access-denied page, anything else a short localized error page.
 */
@ApplicationScoped
public class PortalErrors {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance forbidden(PortalContext ctx);

    static native TemplateInstance error(PortalContext ctx, int status);
  }

  public Response unauthorized(PortalContext ctx) {
    return html(401, PortalAuthPage.signInPage(ctx, SignInForm.empty(ctx.path())));
  }

  public Response forbidden(PortalContext ctx) {
    return html(403, Templates.forbidden(ctx).setLocale(ctx.locale()));
  }

  public Response problem(PortalContext ctx, ProblemException e) {
    if (e.status() == 403) {
      return forbidden(ctx);
    }
    if (e.status() == 401) {
      return unauthorized(ctx);
    }
    return html(e.status(), Templates.error(ctx, e.status()).setLocale(ctx.locale()));
  }

  /** Whether a request path belongs to the portal, whose failures render as pages. */
  public static boolean isPortalPath(String path) {
    return path != null && (path.equals("/portal") || path.startsWith("/portal/"));
  }

  public static Response html(int status, TemplateInstance page) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(page.render())
        .build();
  }
}
