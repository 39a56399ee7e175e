package dev.sitehub.cloud.accounts;

import dev.sitehub.cloud.common.Problem;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses unsafe requests that ride on the portal session cookie unless they echo the session's
 * CSRF token in {@code X-CSRF-Token} (htmx) or a {@code _csrf} form field (plain and multipart
 * forms, which must work without JavaScript); a browser on another origin cannot read that token.
 */
public class CsrfFilter {
  public static final String HEADER = "X-CSRF-Token";

  /** The hidden form field that carries the token when a form is posted without htmx. */
  public static final String FORM_FIELD = "_csrf";

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final AuthConfig config;
  private final JsonWebToken jwt;

  public CsrfFilter(AuthConfig config, JsonWebToken jwt) {
    this.config = config;
    this.jwt = jwt;
  }

  @ServerRequestFilter
  @WithFormRead
  public Response check(ResteasyReactiveContainerRequestContext ctx) {
    if (SAFE.contains(ctx.getMethod())) {
      return null;
    }
    Cookie session = ctx.getCookies().get(config.sessionCookie());
    if (session == null || session.getValue().isEmpty() || jwt.getRawToken() == null) {
      return null;
    }
    String path = ctx.getUriInfo().getPath();
    if (path.endsWith("portal/login") || path.endsWith("api/auth/token")) {
      return null;
    }
    String expected = jwt.getClaim(TokenIssuer.CSRF_CLAIM);
    String given = ctx.getHeaderString(HEADER);
    if (given == null && isForm(ctx)) {
      Object field =
          ((ResteasyReactiveRequestContext) ctx.getServerRequestContext())
              .getFormParameter(FORM_FIELD, true, false);
      given = field == null ? null : field.toString();
    }
    if (expected != null
        && given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      return null;
    }
    ProblemException p =
        ProblemException.forbidden("csrf-token-invalid", "missing or wrong " + HEADER);
    return Response.status(403)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem(p.type().toString(), p.title(), 403, p.getMessage(), path))
        .build();
  }

  private static boolean isForm(ContainerRequestContext ctx) {
    MediaType type = ctx.getMediaType();
    // Multipart too: the checklist form uploads photos and must work without JavaScript as well.
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
            || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
  }
}
