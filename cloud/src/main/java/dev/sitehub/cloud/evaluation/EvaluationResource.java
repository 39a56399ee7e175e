package dev.sitehub.cloud.evaluation;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.ProjectAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evaluations of a project's enterprises and staff, replies, and per-target aggregates. */
@Path("/api")
@Tag(name = "evaluation")
public class EvaluationResource {
  private final EvaluationService evaluations;
  private final ProjectAccess access;
  private final JsonWebToken caller;

  public EvaluationResource(
      EvaluationService evaluations, ProjectAccess access, JsonWebToken caller) {
    this.evaluations = evaluations;
    this.access = access;
    this.caller = caller;
  }

  @POST
  @Path("projects/{projectId}/evaluations")
  @RolesAllowed(Role.HOMEOWNER_NAME)
  public Response rate(@PathParam("projectId") String projectId, RateRequest r) {
    return Response.status(201)
        .entity(evaluations.rate(access.require(caller, projectId), r, caller.getSubject()))
        .build();
  }

  @GET
  @Path("projects/{projectId}/evaluations")
  @RolesAllowed("**")
  public List<EvaluationView> list(@PathParam("projectId") String projectId) {
    return evaluations.forProject(access.require(caller, projectId));
  }

  /** Enterprise admins and staff are ordinary accounts, so membership is checked in the service. */
  @POST
  @Path("evaluations/{evaluationId}/reply")
  @RolesAllowed("**")
  public EvaluationView reply(@PathParam("evaluationId") String evaluationId, ReplyRequest r) {
    return evaluations.reply(evaluationId, r, caller.getSubject());
  }

  @GET
  @Path("evaluations/aggregate")
  @RolesAllowed("**")
  public Aggregate aggregate(@QueryParam("kind") String kind, @QueryParam("id") String id) {
    RateRequest.TargetKind k;
    try {
      k = RateRequest.TargetKind.valueOf(String.valueOf(kind));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("invalid-target-kind", "kind must be ENTERPRISE or STAFF");
    }
    if (id == null || id.isBlank()) {
      throw ProblemException.badRequest("invalid-target", "id is required");
    }
    return evaluations.aggregate(k, id);
  }
}
