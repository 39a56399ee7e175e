package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The homeowner's contract page: the current version's terms, parties, stages and fingerprint, the
 * filing number once filed, and the signature, recorded by the same signing service as the API
 * against the fingerprint the page showed.
 */
@Path("/portal/contracts/{contractId}")
public class ContractPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance contract(
        PortalContext ctx, ContractPageView view, ContractText text);

    static native TemplateInstance contract$signing(PortalContext ctx, ContractPageView view);
  }

  private final ContractService contracts;
  private final SigningService signing;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public ContractPage(
      ContractService contracts,
      SigningService signing,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.contracts = contracts;
    this.signing = signing;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response page(@PathParam("contractId") String contractId) {
    PortalContext ctx = portal.context();
    ContractView contract =
        contracts.view(contractId, caller.getSubject(), SiteAccess.isOperator(caller));
    ContractPageView view = ContractPageView.of(contract, caller.getSubject());
    ContractText text = ContractText.of(contractId, contract.version(), contract.terms());
    return render.page(Templates.contract(ctx, view, text));
  }

  @POST
  @Path("sign")
  @RolesAllowed("**")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response sign(
      @PathParam("contractId") String contractId,
      @FormParam("version") int version,
      @FormParam("sha") String sha,
      @Context HttpServerRequest http) {
    PortalContext ctx = portal.context();
    // Readers only: an outsider gets the 403 page before the service is asked.
    view(contractId);
    String ip = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    try {
      signing.sign(
          contractId,
          version,
          new SignRequest(sha),
          caller.getSubject(),
          new SigningService.Origin(ip, http.getHeader("User-Agent")));
    } catch (ProblemException e) {
      ContractProblem problem = ContractProblem.of(e.code()).orElseThrow(() -> e);
      // A non-party keeps its 403; the message still says why.
      int status = e.status() == 403 ? 403 : 409;
      return signing(status, ctx, view(contractId).withError(problem));
    }
    return signing(200, ctx, view(contractId));
  }

  private Response signing(int status, PortalContext ctx, ContractPageView view) {
    return render.fragment(status, Templates.contract$signing(ctx, view));
  }

  private ContractPageView view(String contractId) {
    return ContractPageView.of(
        contracts.view(contractId, caller.getSubject(), SiteAccess.isOperator(caller)),
        caller.getSubject());
  }
}
