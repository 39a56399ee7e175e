package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.ProblemMappers;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns refusals on {@code /portal/**} into portal pages: 401 shows the sign-in
 * form, 403 the access-denied page, any other {@link ProblemException} a localized error page.
 * Requests outside the portal keep the problem+json answer of {@link ProblemMappers}. It runs
 * before those mappers (a lower priority number wins), so no page class needs mappers of its own.
 */
public class PortalErrorMappers {
  private final PortalContexts contexts;
  private final PortalErrors errors;
  private final JsonWebToken caller;

  public PortalErrorMappers(PortalContexts contexts, PortalErrors errors, JsonWebToken caller) {
    this.contexts = contexts;
    this.errors = errors;
    this.caller = caller;
  }

  @ServerExceptionMapper(priority = Priorities.USER - 50)
  public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
    if (!PortalErrors.isPortalPath(uri.getPath())) {
      return ProblemMappers.render(ProblemMappers.unauthenticated(), uri.getPath());
    }
    return errors.unauthorized(contexts.anonymous(headers, uri));
  }

  @ServerExceptionMapper(priority = Priorities.USER - 50)
  public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
    if (!PortalErrors.isPortalPath(uri.getPath())) {
      return ProblemMappers.render(ProblemMappers.roleNotAllowed(), uri.getPath());
    }
    return errors.forbidden(contexts.of(caller, headers, uri));
  }

  @ServerExceptionMapper(priority = Priorities.USER - 50)
  public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
    if (!PortalErrors.isPortalPath(uri.getPath())) {
      return ProblemMappers.render(e, uri.getPath());
    }
    return errors.problem(contexts.of(caller, headers, uri), e);
  }
}
