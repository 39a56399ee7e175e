package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The contracts a person is party to (as customer or through their enterprise), drafts and those
 * being signed included, each linking to its page; the ones waiting for the viewer's own signature
 * are marked and counted at the top.
 */
@Path("/portal/contracts")
public class ContractsListPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance contracts(PortalContext ctx, List<Row> rows, int awaiting);
  }

  /** One contract as the list shows it. */
  @TemplateData
  public record Row(
      String contractId,
      String title,
      String siteName,
      VersionStatus status,
      int version,
      boolean awaitingYou) {}

  private final ContractService contracts;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public ContractsListPage(
      ContractService contracts, PortalRequest portal, PortalRender render, JsonWebToken caller) {
    this.contracts = contracts;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response list() {
    String me = caller.getSubject();
    Set<String> awaiting =
        contracts.awaitingSignatureOf(me).stream()
            .map(ContractView::contractId)
            .collect(Collectors.toSet());
    List<Row> rows =
        contracts.mine(me).stream()
            .map(
                v ->
                    new Row(
                        v.contractId(),
                        v.terms().title(),
                        v.terms().siteName(),
                        v.status(),
                        v.version(),
                        awaiting.contains(v.contractId())))
            .toList();
    return render.page(Templates.contracts(portal.context(), rows, awaiting.size()));
  }
}
