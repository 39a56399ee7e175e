package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.accounts.TokenIssuer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The portal side of the current request, built once from its token, headers and path: pages, the
 * render helper and the error mappers all read the same {@link PortalContext}.
 *
 * <p>The context is built on first use, not when the bean is created: the viewer's enterprise is
 * one indexed lookup (membership changes without a new sign-in, so the token would lag), and {@link
 * ViewerEnterprise} answers it only on a worker thread (a unit of work may not block the loop). A
 * blocking page method pays for it once per request; a role refusal mapped on the event loop, or a
 * reactive page before it moves to a worker, gets the context without the workspace link, which is
 * then not kept, so a later call on a worker still finds the enterprise.
 */
@RequestScoped
public class PortalRequest {
  private final JsonWebToken caller;
  private final HttpHeaders headers;
  private final UriInfo uri;
  private final ViewerEnterprise enterprises;
  private PortalContext context;

  public PortalRequest(
      JsonWebToken caller, HttpHeaders headers, UriInfo uri, ViewerEnterprise enterprises) {
    this.caller = caller;
    this.headers = headers;
    this.uri = uri;
    this.enterprises = enterprises;
  }

  /** The viewer, language, CSRF token, path and enterprise of this request. */
  public PortalContext context() {
    if (context != null) {
      return context;
    }
    if (!signedIn()) {
      context = anonymous();
      return context;
    }
    PortalContext built = viewer();
    if (!io.vertx.core.Context.isOnEventLoopThread()) {
      // Built on the event loop, it lacks the enterprise; a later call on a worker completes it.
      context = built;
    }
    return built;
  }

  /** The context of a visitor who is not signed in, whatever token came along. */
  public PortalContext anonymous() {
    return new PortalContext(
        PortalLocales.resolve(headers), null, null, Set.of(), null, path(), null);
  }

  /** The viewer's language, without building the whole context. */
  public Locale locale() {
    return context == null ? PortalLocales.resolve(headers) : context.locale();
  }

  /** Whether htmx sent the request (it sets {@code HX-Request: true}): answer a fragment. */
  public boolean htmx() {
    return "true".equals(headers.getHeaderString("HX-Request"));
  }

  private boolean signedIn() {
    return caller != null && caller.getSubject() != null;
  }

  private PortalContext viewer() {
    String csrf = caller.getClaim(TokenIssuer.CSRF_CLAIM);
    Set<String> groups = caller.getGroups() == null ? Set.of() : caller.getGroups();
    return new PortalContext(
        PortalLocales.resolve(headers),
        caller.getSubject(),
        caller.getName(),
        groups,
        csrf,
        path(),
        enterprises.enterpriseOf(caller.getSubject()).orElse(null));
  }

  private String path() {
    return LocalRedirect.of(uri == null ? null : uri.getPath());
  }
}
