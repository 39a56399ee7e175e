package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.accounts.TokenIssuer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The portal side of the current request, built once from its token, headers and path: pages, the
 * render helper and the error mappers all read the same {@link PortalContext}.
 *
 * <p>The context is built on first use, not when the bean is created: the viewer's enterprise is
 * one indexed lookup (membership changes without a new sign-in, so the token would lag), and {@link
 * ViewerEnterprise} answers it only on a worker thread. A page method (a worker) pays for it once;
 * a role refusal mapped on the event loop gets the context without the workspace link, as before.
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
    if (context == null) {
      context = signedIn() ? viewer() : anonymous();
    }
    return context;
  }

  /** The context of a visitor who is not signed in, whatever token came along. */
  public PortalContext anonymous() {
    return new PortalContext(
        PortalLocales.resolve(headers), null, null, Set.of(), null, path(), null);
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
