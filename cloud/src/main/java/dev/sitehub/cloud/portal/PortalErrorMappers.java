package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.ProblemMappers;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place that turns refusals on {@code /portal/**} into portal pages: 401 shows the sign-in
 * form, 403 the access-denied page, any other {@link ProblemException} a localized error page, and
 * for htmx requests the error card in place of the fragment asked for. Requests outside the portal
 * keep the problem+json answer of {@link ProblemMappers}. It runs before those mappers (a lower
 * priority number wins), so page classes neither catch refusals they cannot show better nor need
 * mappers of their own.
 */
public class PortalErrorMappers {
  private final PortalRequest request;
  private final PortalErrors errors;

  public PortalErrorMappers(PortalRequest request, PortalErrors errors) {
    this.request = request;
    this.errors = errors;
  }

  @ServerExceptionMapper(priority = Priorities.USER - 50)
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    if (!PortalErrors.isPortalPath(uri.getPath())) {
      return ProblemMappers.render(ProblemMappers.unauthenticated(), uri.getPath());
    }
    return errors.unauthorized(request.anonymous());
  }

  @ServerExceptionMapper(priority = Priorities.USER - 50)
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    if (!PortalErrors.isPortalPath(uri.getPath())) {
      return ProblemMappers.render(ProblemMappers.roleNotAllowed(), uri.getPath());
    }
    return errors.forbidden(request.context());
  }

  @ServerExceptionMapper(priority = Priorities.USER - 50)
  public Response problem(ProblemException e, UriInfo uri) {
    if (!PortalErrors.isPortalPath(uri.getPath())) {
      return ProblemMappers.render(e, uri.getPath());
    }
    return errors.problem(request.context(), e);
  }
}
