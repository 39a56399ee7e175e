package dev.sitehub.cloud.evidence;

import dev.sitehub.cloud.contracts.ProjectAccess;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's evidence chain, its verification and the public keys its heads are signed with. */
@Path("/api")
@Tag(name = "evidence")
public class EvidenceResource {
  private final EvidenceService evidence;
  private final ProjectAccess access;
  private final JsonWebToken caller;

  public EvidenceResource(EvidenceService evidence, ProjectAccess access, JsonWebToken caller) {
    this.evidence = evidence;
    this.access = access;
    this.caller = caller;
  }

  @GET
  @Path("projects/{projectId}/evidence")
  @RolesAllowed("**")
  public List<ChainLink> links(@PathParam("projectId") String projectId) {
    return evidence.links(access.require(caller, projectId).projectId());
  }

  /**
   * Recomputes the chain from the database and media store and checks every head signature: intact
   * (with the signed head's receipt to keep), or the first broken link. With {@code receipt}, a
   * head receipt kept earlier, a chain cut back before that head is reported too.
   */
  @GET
  @Path("projects/{projectId}/evidence/verify")
  @RolesAllowed("**")
  public ChainReport verify(
      @PathParam("projectId") String projectId, @QueryParam("receipt") String receipt) {
    return evidence.verify(access.require(caller, projectId).projectId(), receipt);
  }

  /**
   * The public keys evidence heads are signed with, current and retired, so that anybody can check
   * a receipt or a chain without trusting this server later. Public: keys are not secret.
   */
  @GET
  @Path("evidence/keys")
  @PermitAll
  public List<PublishedKey> keys() {
    return evidence.keys();
  }
}
