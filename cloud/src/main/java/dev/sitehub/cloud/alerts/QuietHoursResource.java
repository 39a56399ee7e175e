package dev.sitehub.cloud.alerts;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Quiet hours per residential community, set by the platform operator. */
@Path("/api/communities/{communityId}/quiet-hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "alerts")
public class QuietHoursResource {
  private final SiteSettingsRepository settings;

  /** A community's quiet hours in QuietCalendar spec syntax, plus holidays. */
  public record QuietHoursRequest(String spec, Set<LocalDate> holidays) {}

  public QuietHoursResource(SiteSettingsRepository settings) {
    this.settings = settings;
  }

  @PUT
  @RolesAllowed(Role.OPERATOR_NAME)
  @Operation(summary = "Set a community's quiet hours (platform operator)")
  public QuietHoursRequest putQuietHours(
      @PathParam("communityId") String communityId, QuietHoursRequest body) {
    if (body == null || body.spec() == null) {
      throw ProblemException.badRequest("invalid-quiet-hours", "spec is required");
    }
    Set<LocalDate> holidays = body.holidays() == null ? Set.of() : body.holidays();
    try {
      settings.saveCalendar(communityId, body.spec(), holidays);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("invalid-quiet-hours", e.getMessage());
    }
    return new QuietHoursRequest(body.spec(), holidays);
  }
}
