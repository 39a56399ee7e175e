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
  private final Passwords passwords;
  private final JsonWebToken caller;

  public AccountResource(AccountService accounts, Passwords passwords, JsonWebToken caller) {
    this.accounts = accounts;
    this.passwords = passwords;
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

  /**
   * Changes the caller's password and ends their other sessions; the token that asked keeps
   * working. A wrong current password counts as a failed sign-in.
   */
  @POST
  @Path("me/password")
  @RolesAllowed("**")
  public Response changePassword(ChangePasswordRequest request) {
    if (request == null) {
      throw ProblemException.badRequest("invalid-request", "body required");
    }
    return switch (passwords.change(
        caller.getSubject(),
        Sessions.idOf(caller),
        request.currentPassword(),
        request.newPassword())) {
      case DONE -> Response.noContent().build();
      case WEAK_PASSWORD ->
          throw ProblemException.badRequest(
              "weak-password",
              "password must have at least " + AccountService.MIN_PASSWORD + " characters");
      case THROTTLED ->
          throw new ProblemException(
              429, "login-throttled", "Too many attempts", "too many wrong passwords, retry later");
      case WRONG_PASSWORD, LINK_INVALID ->
          throw new ProblemException(
              422, "wrong-password", "Unprocessable", "current password is wrong");
    };
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
