package dev.sitehub.cloud.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every exception that reaches JAX-RS to problem+json with a stable type. */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return render(e, uri);
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    return render(unauthenticated(), uri);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return render(roleNotAllowed(), uri);
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e, UriInfo uri) {
    return render(ProblemException.notFound("not-found", "no such resource"), uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
      // RESTEasy Reactive wraps a body that does not parse.
      return invalidJson(json, uri);
    }
    String code = status == 415 ? "unsupported-media-type" : "http-" + status;
    return render(new ProblemException(status, code, "Request refused", e.getMessage()), uri);
  }

  /**
   * A body that is not JSON, or a field of the wrong shape or with a refused character: a 400 that
   * names the field, never a 500.
   */
  @ServerExceptionMapper({MismatchedInputException.class, JsonProcessingException.class})
  public Response invalidJson(JsonProcessingException e, UriInfo uri) {
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String field =
          m.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      String why =
          e instanceof InvalidFormatException f && f.getOriginalMessage() != null
              ? f.getOriginalMessage()
              : "has the wrong type or format";
      if (why.startsWith("Cannot deserialize")) {
        why = "has the wrong type or format";
      }
      return render(
          ProblemException.badRequest("invalid-field", "field '" + field + "' " + why), uri);
    }
    return render(ProblemException.badRequest("invalid-json", "the body is not valid JSON"), uri);
  }

  @ServerExceptionMapper
  public Response invalidArgument(IllegalArgumentException e, UriInfo uri) {
    return render(ProblemException.badRequest("invalid-request", e.getMessage()), uri);
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e, UriInfo uri) {
    LOG.errorf(e, "unexpected error on %s", uri.getPath());
    return render(
        new ProblemException(500, "internal-error", "Internal error", "see the server log"), uri);
  }

  /** The problem an API caller gets when it is not signed in. */
  public static ProblemException unauthenticated() {
    return new ProblemException(401, "unauthenticated", "Unauthorized", "sign in first");
  }

  /** The problem an API caller gets when its roles do not allow the call. */
  public static ProblemException roleNotAllowed() {
    return ProblemException.forbidden("role-not-allowed", "your roles do not allow this");
  }

  /** Renders a problem as problem+json for the request at {@code path}. */
  public static Response render(ProblemException e, String path) {
    return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(Problem.of(e, path)).build();
  }

  private static Response render(ProblemException e, UriInfo uri) {
    return render(e, uri.getPath());
  }
}
