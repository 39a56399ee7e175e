package dev.sitehub.cloud.registration;

import dev.sitehub.cloud.accounts.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public self-registration; everything after it needs a signed-in user. */
@Path("/api/registrations")
@Tag(name = "registration")
public class RegistrationResource {
  private final RegistrationService registrations;

  public RegistrationResource(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @POST
  @PermitAll
  public Response register(RegisterRequest request) {
    UserAccount u = registrations.register(request);
    return Response.status(201)
        .entity(Map.of("userId", u.userId(), "username", u.username(), "roles", u.roles()))
        .build();
  }
}
