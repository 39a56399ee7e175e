package dev.sitehub.cloud.audit;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Operators read the whole audit log; a project's members read their project's. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
class AuditResource {
  private final AuditLog log;
  private final ProjectAuditScope scope;
  private final JsonWebToken caller;

  AuditResource(AuditLog log, ProjectAuditScope scope, JsonWebToken caller) {
    this.log = log;
    this.scope = scope;
    this.caller = caller;
  }

  @GET
  @Path("audit")
  @RolesAllowed(Role.OPERATOR_NAME)
  public List<AuditView> all(
      @QueryParam("action") String action, @QueryParam("limit") @DefaultValue("100") int limit) {
    return log.newest(action(action), limit);
  }

  @GET
  @Path("projects/{projectId}/audit")
  @RolesAllowed("**")
  public List<AuditView> ofProject(
      @PathParam("projectId") String projectId,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    return log.ofProject(projectId, scope.ofReadableProject(caller, projectId), limit);
  }

  private static AuditAction action(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return AuditAction.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("invalid-action", "unknown audit action: " + name);
    }
  }
}
