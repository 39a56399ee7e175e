package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.ProblemMappers;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
  private final MemorySize formFieldLimit;

  public PortalErrorMappers(
      PortalRequest request,
      PortalErrors errors,
      @ConfigProperty(name = "quarkus.http.limits.max-form-attribute-size")
          MemorySize formFieldLimit) {
    this.request = request;
    this.errors = errors;
    this.formFieldLimit = formFieldLimit;
  }

  /**
   * A portal form too large to read (a field over {@code
   * quarkus.http.limits.max-form-attribute-size}) gets a page with a way back to the form; every
   * other refusal of the framework keeps the answer of {@link ProblemMappers}.
   */
  @ServerExceptionMapper(priority = Priorities.USER - 50)
  public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
    if (e.getResponse().getStatus() == 413 && PortalErrors.isPortalPath(uri.getPath())) {
      long kb = formFieldLimit.asLongValue() / 1024;
      return errors.tooLarge(request.context(), kb + " KB", headers.getHeaderString("Referer"));
    }
    return new ProblemMappers().web(e, uri);
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
