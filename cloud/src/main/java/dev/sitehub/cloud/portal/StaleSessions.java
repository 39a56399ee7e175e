package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.accounts.AuthConfig;
import dev.sitehub.cloud.common.ProblemMappers;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A session cookie that no longer verifies (expired, or signed by a rotated key) fails
 * authentication before any page runs. On portal pages that must not end in a raw 401: the stale
 * cookie is cleared and a GET is sent back to the same address, which then renders for an anonymous
 * visitor (public pages) or shows the sign-in form (protected ones); other methods get the sign-in
 * form at once. API clients keep their problem+json 401.
 */
public class StaleSessions {
  private final AuthConfig config;
  private final PortalRequest portal;
  private final PortalErrors errors;

  public StaleSessions(AuthConfig config, PortalRequest portal, PortalErrors errors) {
    this.config = config;
    this.portal = portal;
    this.errors = errors;
  }

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response authenticationFailed(
      AuthenticationFailedException e, UriInfo uri, Request request) {
    String path = uri.getPath();
    if (!PortalErrors.isPortalPath(path)) {
      return ProblemMappers.render(ProblemMappers.unauthenticated(), path);
    }
    NewCookie cleared =
        new NewCookie.Builder(config.sessionCookie())
            .value("")
            .path("/")
            .httpOnly(true)
            .maxAge(0)
            .build();
    if ("GET".equals(request.getMethod())) {
      String query = uri.getRequestUri().getRawQuery();
      URI again = URI.create(query == null ? path : path + "?" + query);
      return Response.seeOther(again).cookie(cleared).build();
    }
    Response page = errors.unauthorized(portal.anonymous());
    return Response.fromResponse(page).cookie(cleared).build();
  }
}
