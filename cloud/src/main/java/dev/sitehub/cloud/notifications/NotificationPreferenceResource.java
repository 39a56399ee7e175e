package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.Severity;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's own notification preferences. */
@Path("/api/me/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "alerts")
public class NotificationPreferenceResource {
  private final NotificationPreferences preferences;
  private final JsonWebToken caller;

  /** The editable part of a preference. */
  public record PreferenceRequest(
      Boolean push, Boolean email, String emailAddress, Severity minSeverity) {}

  public NotificationPreferenceResource(NotificationPreferences preferences, JsonWebToken caller) {
    this.preferences = preferences;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  @Operation(summary = "My notification preferences (defaults if never set)")
  public NotificationPreference get() {
    return preferences.of(caller.getSubject());
  }

  @PUT
  @RolesAllowed("**")
  @Operation(summary = "Replace my notification preferences")
  public NotificationPreference put(PreferenceRequest body) {
    if (body == null) {
      throw ProblemException.badRequest(
          "invalid-preferences", "push, email and minSeverity are required");
    }
    return preferences.replace(
        caller.getSubject(), body.push(), body.email(), body.emailAddress(), body.minSeverity());
  }
}
