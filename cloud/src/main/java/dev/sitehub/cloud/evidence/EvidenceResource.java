package dev.sitehub.cloud.evidence;

import dev.sitehub.cloud.contracts.ProjectAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's evidence chain and its verification. */
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

  /** Recomputes the chain from the database and media store: intact, or the first broken link. */
  @GET
  @Path("projects/{projectId}/evidence/verify")
  @RolesAllowed("**")
  public ChainReport verify(@PathParam("projectId") String projectId) {
    return evidence.verify(access.require(caller, projectId).projectId());
  }
}
