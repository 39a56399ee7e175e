package dev.sitehub.cloud.accounts;

import dev.sitehub.cloud.common.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's profile, and user administration by operators. */
@Path("/api")
@Tag(name = "accounts")
public class AccountResource {
  private final AccountService accounts;
  private final JsonWebToken caller;

  public AccountResource(AccountService accounts, JsonWebToken caller) {
    this.accounts = accounts;
    this.caller = caller;
  }

  @GET
  @Path("me")
  @RolesAllowed("**")
  public UserView me() {
    return accounts
        .find(caller.getSubject())
        .map(UserView::of)
        .orElseThrow(() -> ProblemException.notFound("user-not-found", "account disabled"));
  }

  @POST
  @Path("users")
  @RolesAllowed(Role.OPERATOR_NAME)
  public Response create(CreateUserRequest request) {
    if (request == null) {
      throw ProblemException.badRequest("invalid-request", "body required");
    }
    UserAccount user =
        accounts.register(
            request.username(), request.displayName(), request.password(), request.roles());
    return Response.status(201).entity(UserView.of(user)).build();
  }
}
