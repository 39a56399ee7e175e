package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.SiteAccess;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contracts: drafting, editing, signing, filed documents, amendments, and projects. */
@Path("/api")
@Tag(name = "contracts")
public class ContractResource {
  /** Response header carrying the SHA-256 a signer must send back. */
  public static final String SHA_HEADER = "X-Document-SHA256";

  private final ContractService contracts;
  private final SigningService signing;
  private final ProjectService projects;
  private final JsonWebToken caller;

  public ContractResource(
      ContractService contracts,
      SigningService signing,
      ProjectService projects,
      JsonWebToken caller) {
    this.contracts = contracts;
    this.signing = signing;
    this.projects = projects;
    this.caller = caller;
  }

  @POST
  @Path("contracts")
  @RolesAllowed("**")
  public Response draft(DraftContractRequest request) {
    return Response.status(201).entity(contracts.draft(request, caller.getSubject())).build();
  }

  @GET
  @Path("contracts")
  @RolesAllowed("**")
  public List<ContractView> mine() {
    return contracts.mine(caller.getSubject());
  }

  @GET
  @Path("contracts/{id}")
  @RolesAllowed("**")
  public ContractView get(@PathParam("id") String id) {
    return contracts.view(id, caller.getSubject(), SiteAccess.isOperator(caller));
  }

  @PUT
  @Path("contracts/{id}")
  @RolesAllowed("**")
  public ContractView edit(@PathParam("id") String id, ContractChanges changes) {
    return contracts.edit(id, changes, caller.getSubject());
  }

  /** The archival HTML of a version, exactly the bytes that are signed and filed. */
  @GET
  @Path("contracts/{id}/versions/{version}/document")
  @RolesAllowed("**")
  public Response document(@PathParam("id") String id, @PathParam("version") int version) {
    String html =
        contracts.document(id, version, caller.getSubject(), SiteAccess.isOperator(caller));
    return Response.ok(html, "text/html; charset=utf-8")
        .header(SHA_HEADER, ContractDocument.fingerprint(html))
        .build();
  }

  @POST
  @Path("contracts/{id}/versions/{version}/signatures")
  @RolesAllowed("**")
  public ContractView sign(
      @PathParam("id") String id,
      @PathParam("version") int version,
      SignRequest request,
      @Context HttpServerRequest http) {
    String ip = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    signing.sign(
        id,
        version,
        request,
        caller.getSubject(),
        new SigningService.Origin(ip, http.getHeader("User-Agent")));
    return contracts.view(id, caller.getSubject(), false);
  }

  @POST
  @Path("contracts/{id}/amendments")
  @RolesAllowed("**")
  public Response amend(@PathParam("id") String id, ContractChanges changes) {
    return Response.status(201).entity(contracts.amend(id, changes, caller.getSubject())).build();
  }

  @GET
  @Path("projects/{projectId}")
  @RolesAllowed("**")
  public Project project(@PathParam("projectId") String projectId) {
    if (SiteAccess.isOperator(caller)) {
      return projects.get(projectId);
    }
    return projects.requireMember(projectId, caller.getSubject());
  }
}
