package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Escrow endpoints. Every money-moving call needs an {@code Idempotency-Key} header; replaying it
 * returns the first transaction (same id) and posts nothing.
 */
@Path("/api")
@Tag(name = "settlement")
public class SettlementResource {
  public static final String KEY_HEADER = "Idempotency-Key";
  private final LedgerService ledger;
  private final DisputeService disputes;
  private final ProjectAccess access;
  private final JsonWebToken caller;

  public SettlementResource(
      LedgerService ledger, DisputeService disputes, ProjectAccess access, JsonWebToken caller) {
    this.ledger = ledger;
    this.disputes = disputes;
    this.access = access;
    this.caller = caller;
  }

  @POST
  @Path("projects/{projectId}/ledger/deposits")
  @RolesAllowed(Role.HOMEOWNER_NAME)
  public Response deposit(
      @PathParam("projectId") String projectId,
      @HeaderParam(KEY_HEADER) String key,
      MoneyRequest r) {
    Project p = access.requireCustomer(caller, projectId);
    return created(ledger.deposit(p, caller.getSubject(), r == null ? 0 : r.amountFen(), key));
  }

  @POST
  @Path("projects/{projectId}/ledger/stages/{seq}/release")
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.OPERATOR_NAME})
  public Response release(
      @PathParam("projectId") String projectId,
      @PathParam("seq") int seq,
      @HeaderParam(KEY_HEADER) String key) {
    Project p = access.requireCustomer(caller, projectId);
    return created(ledger.releaseStage(p, seq, caller.getSubject(), key));
  }

  @POST
  @Path("projects/{projectId}/ledger/retention/release")
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.OPERATOR_NAME})
  public Response releaseRetention(
      @PathParam("projectId") String projectId, @HeaderParam(KEY_HEADER) String key) {
    Project p = access.requireCustomer(caller, projectId);
    return created(ledger.releaseRetention(p, caller.getSubject(), key));
  }

  @POST
  @Path("projects/{projectId}/ledger/refunds")
  @RolesAllowed(Role.OPERATOR_NAME)
  public Response refund(
      @PathParam("projectId") String projectId,
      @HeaderParam(KEY_HEADER) String key,
      MoneyRequest r) {
    Project p = access.require(caller, projectId);
    return created(
        ledger.refund(
            p,
            r == null ? 0 : r.amountFen(),
            r == null ? null : r.reason(),
            caller.getSubject(),
            key));
  }

  @GET
  @Path("projects/{projectId}/ledger/statement")
  @RolesAllowed("**")
  public Statement statement(@PathParam("projectId") String projectId) {
    return ledger.statement(access.require(caller, projectId));
  }

  @POST
  @Path("projects/{projectId}/disputes")
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.PROJECT_MANAGER_NAME})
  public Response raise(@PathParam("projectId") String projectId, MoneyRequest r) {
    Project p = access.requireRole(caller, projectId, Role.HOMEOWNER, Role.PROJECT_MANAGER);
    return Response.status(201)
        .entity(disputes.raise(p, caller.getSubject(), r == null ? null : r.reason()))
        .build();
  }

  @POST
  @Path("projects/{projectId}/disputes/{disputeId}/arbitration")
  @RolesAllowed(Role.OPERATOR_NAME)
  public Response arbitrate(
      @PathParam("projectId") String projectId,
      @PathParam("disputeId") String disputeId,
      @HeaderParam(KEY_HEADER) String key,
      ArbitrationRequest r) {
    Project p = access.require(caller, projectId);
    return created(disputes.arbitrate(p, disputeId, r, caller.getSubject(), key));
  }

  /** 200 with the transaction, whether new or replayed: a replay is the same transaction. */
  private static Response created(LedgerTxn t) {
    return Response.ok(t).build();
  }
}
