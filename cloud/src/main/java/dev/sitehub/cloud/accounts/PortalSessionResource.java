package dev.sitehub.cloud.accounts;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in for the portal: a session cookie plus a CSRF token for unsafe requests. */
@Path("/portal")
@Tag(name = "auth")
public class PortalSessionResource {
  private final AccountService accounts;
  private final TokenIssuer tokens;
  private final AuthConfig config;
  private final Ids ids;
  private final Sessions sessions;
  private final JsonWebToken caller;

  public PortalSessionResource(
      AccountService accounts,
      TokenIssuer tokens,
      AuthConfig config,
      Ids ids,
      Sessions sessions,
      JsonWebToken caller) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.config = config;
    this.ids = ids;
    this.sessions = sessions;
    this.caller = caller;
  }

  @POST
  @Path("login")
  @PermitAll
  public Response login(Credentials credentials, @Context UriInfo uri) {
    if (credentials == null) {
      throw ProblemException.badRequest("invalid-request", "body required");
    }
    UserAccount user = accounts.authenticate(credentials.username(), credentials.password());
    String csrf = ids.randomText(32);
    TokenIssuer.IssuedToken t = tokens.issue(user, csrf);
    NewCookie session =
        new NewCookie.Builder(config.sessionCookie())
            .value(t.token())
            .path("/")
            .httpOnly(true)
            .secure(SecureCookies.secure(config, uri.getRequestUri()))
            .sameSite(NewCookie.SameSite.LAX)
            .expiry(Date.from(t.expiresAt()))
            .build();
    return Response.ok(new SessionView(user.userId(), csrf, t.expiresAt()))
        .type(MediaType.APPLICATION_JSON)
        .cookie(session)
        .build();
  }

  @POST
  @Path("logout")
  @PermitAll
  public Response logout() {
    // Ends the session on the server, so the same token stops working as a cookie or a bearer
    // header everywhere, not only in this browser.
    sessions.revoke(Sessions.idOf(caller), "sign-out");
    NewCookie cleared =
        new NewCookie.Builder(config.sessionCookie())
            .value("")
            .path("/")
            .httpOnly(true)
            .maxAge(0)
            .build();
    return Response.noContent().cookie(cleared).build();
  }
}
