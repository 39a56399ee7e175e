package dev.sitehub.cloud.accounts;

import dev.sitehub.cloud.common.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in for API clients: username and password in, bearer token out. */
@Path("/api/auth")
@Tag(name = "auth")
public class AuthResource {
  private final AccountService accounts;
  private final TokenIssuer tokens;

  public AuthResource(AccountService accounts, TokenIssuer tokens) {
    this.accounts = accounts;
    this.tokens = tokens;
  }

  @POST
  @Path("token")
  @PermitAll
  public TokenView token(Credentials credentials) {
    if (credentials == null) {
      throw ProblemException.badRequest("invalid-request", "body required");
    }
    UserAccount user = accounts.authenticate(credentials.username(), credentials.password());
    TokenIssuer.IssuedToken t = tokens.issue(user, null);
    return new TokenView(t.token(), "Bearer", t.expiresAt());
  }
}
