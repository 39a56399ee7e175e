package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.accounts.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Builds the {@link PortalContext} of a request from its token, headers and path, plus one indexed
 * lookup of the viewer's enterprise: membership changes without a new sign-in, the token would lag.
 */
@ApplicationScoped
public class PortalContexts {
  private final ViewerEnterprise enterprises;

  public PortalContexts(ViewerEnterprise enterprises) {
    this.enterprises = enterprises;
  }

  public PortalContext of(JsonWebToken caller, HttpHeaders headers, UriInfo uri) {
    String path = pathOf(uri);
    if (caller == null || caller.getSubject() == null) {
      return anonymous(headers, uri);
    }
    String csrf = caller.getClaim(TokenIssuer.CSRF_CLAIM);
    Set<String> groups = caller.getGroups() == null ? Set.of() : caller.getGroups();
    return new PortalContext(
        PortalLocales.resolve(headers),
        caller.getSubject(),
        caller.getName(),
        groups,
        csrf,
        path,
        enterprises.enterpriseOf(caller.getSubject()).orElse(null));
  }

  public PortalContext anonymous(HttpHeaders headers, UriInfo uri) {
    return new PortalContext(
        PortalLocales.resolve(headers), null, null, Set.of(), null, pathOf(uri), null);
  }

  /** Whether htmx sent the request (it sets {@code HX-Request: true}): answer a fragment. */
  public static boolean htmx(HttpHeaders headers) {
    return "true".equals(headers.getHeaderString("HX-Request"));
  }

  private static String pathOf(UriInfo uri) {
    return LocalRedirect.of(uri == null ? null : uri.getPath());
  }
}
