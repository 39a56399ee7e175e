package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Telemetry criteria and acceptance records of a stage; stage 0 is the final acceptance. */
@Path("/api")
@Tag(name = "acceptance")
public class AcceptanceResource {
  /** Response header carrying the evidence receipt of a signature that filed the record. */
  public static final String EVIDENCE_RECEIPT_HEADER = "SiteHub-Evidence-Receipt";

  private final CriteriaService criteria;
  private final AcceptanceService acceptance;
  private final ProjectAccess access;
  private final JsonWebToken caller;

  public AcceptanceResource(
      CriteriaService criteria,
      AcceptanceService acceptance,
      ProjectAccess access,
      JsonWebToken caller) {
    this.criteria = criteria;
    this.acceptance = acceptance;
    this.access = access;
    this.caller = caller;
  }

  @POST
  @Path("projects/{projectId}/stages/{seq}/criteria")
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public Response declare(
      @PathParam("projectId") String projectId,
      @PathParam("seq") int seq,
      DeclareCriterionRequest r) {
    Project p = access.requireRole(caller, projectId, Role.SUPERVISOR);
    return Response.status(201).entity(criteria.declare(p, seq, r, caller.getSubject())).build();
  }

  /**
   * The stage's criteria as set: declared ones, the defaults of its type, and those turned off with
   * who turned them off and why.
   */
  @GET
  @Path("projects/{projectId}/stages/{seq}/criteria/declared")
  @RolesAllowed("**")
  public List<Criterion> declared(
      @PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    return criteria.ofStage(access.require(caller, projectId), seq);
  }

  /** The project's supervisor turns a criterion off, with a reason. */
  @POST
  @Path("projects/{projectId}/stages/{seq}/criteria/{criterionId}/off")
  @RolesAllowed(Role.SUPERVISOR_NAME)
  public Criterion turnOff(
      @PathParam("projectId") String projectId,
      @PathParam("seq") int seq,
      @PathParam("criterionId") String criterionId,
      TurnOffCriterionRequest r) {
    Project p = access.requireRole(caller, projectId, Role.SUPERVISOR);
    return criteria.turnOff(
        p, seq, criterionId, r == null ? null : r.reason(), caller.getSubject());
  }

  /** Each criterion in force judged now, with the data behind the verdict. */
  @GET
  @Path("projects/{projectId}/stages/{seq}/criteria")
  @RolesAllowed("**")
  public List<CriterionResult> evaluate(
      @PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    return criteria.evaluate(access.require(caller, projectId), seq);
  }

  @POST
  @Path("projects/{projectId}/stages/{seq}/acceptance")
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.OPERATOR_NAME})
  public Response assemble(
      @PathParam("projectId") String projectId, @PathParam("seq") int seq, AcceptRequest r) {
    Project p = access.requireRole(caller, projectId, Role.SUPERVISOR);
    return Response.status(201)
        .entity(acceptance.assemble(p, seq, r, caller.getSubject(), SiteAccess.isOperator(caller)))
        .build();
  }

  @GET
  @Path("projects/{projectId}/stages/{seq}/acceptance")
  @RolesAllowed("**")
  public AcceptanceRecord get(@PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    return acceptance.get(access.require(caller, projectId), seq);
  }

  @POST
  @Path("projects/{projectId}/stages/{seq}/acceptance/sign")
  @RolesAllowed({Role.SUPERVISOR_NAME, Role.HOMEOWNER_NAME})
  public Response sign(@PathParam("projectId") String projectId, @PathParam("seq") int seq) {
    Project p = access.requireRole(caller, projectId, Role.SUPERVISOR, Role.HOMEOWNER);
    boolean supervisor = access.rolesOn(caller, p).contains(Role.SUPERVISOR);
    AcceptanceService.Signed signed = acceptance.signed(p, seq, caller.getSubject(), supervisor);
    Response.ResponseBuilder ok = Response.ok(signed.record());
    if (signed.evidenceReceipt() != null) {
      // The filed record's place in the evidence chain, signed by the server: the signer keeps it
      // and can later prove the chain reached it (GET .../evidence/verify?receipt=...).
      ok.header(EVIDENCE_RECEIPT_HEADER, signed.evidenceReceipt());
    }
    return ok.build();
  }
}
