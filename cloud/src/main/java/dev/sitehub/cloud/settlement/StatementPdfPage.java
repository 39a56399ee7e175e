package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.contracts.ContractService;
import dev.sitehub.cloud.contracts.ContractTerms;
import dev.sitehub.cloud.contracts.ContractsConfig;
import dev.sitehub.cloud.contracts.Party;
import dev.sitehub.cloud.contracts.PartyKind;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import dev.sitehub.cloud.portal.PdfRender;
import dev.sitehub.cloud.portal.PortalContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A project's payment statement as a PDF to keep: the contract's parties and site, where the money
 * stands, each stage's share and state, and every ledger transaction. Whoever may open the project
 * page may download it.
 */
@Path("/portal/projects/{projectId}/payments/statement.pdf")
public class StatementPdfPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance statement(StatementPdf view);
  }

  /** The statement with the contract's names and the time it was drawn up. */
  @TemplateData
  public record StatementPdf(
      String projectId,
      String contractId,
      String siteName,
      String siteAddress,
      String customer,
      String contractor,
      PaymentsView payments,
      boolean balanced,
      String generatedAt,
      String zone) {}

  private final LedgerService ledger;
  private final ContractService contracts;
  private final ContractsConfig config;
  private final ProjectAccess access;
  private final PdfRender pdf;
  private final Clock clock;
  private final JsonWebToken caller;

  public StatementPdfPage(
      LedgerService ledger,
      ContractService contracts,
      ContractsConfig config,
      ProjectAccess access,
      PdfRender pdf,
      Clock clock,
      JsonWebToken caller) {
    this.ledger = ledger;
    this.contracts = contracts;
    this.config = config;
    this.access = access;
    this.pdf = pdf;
    this.clock = clock;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response download(
      @PathParam("projectId") String projectId, @QueryParam("lang") String lang) {
    Project p = access.require(caller, projectId);
    // Filed projects get their site in the contracts' zone; statements use the same one.
    String zone = config.siteTimezone();
    Statement s = ledger.statement(p);
    ContractTerms t = contracts.filedTerms(p.contractId()).orElse(null);
    StatementPdf view =
        new StatementPdf(
            p.projectId(),
            p.contractId(),
            t == null ? null : t.siteName(),
            t == null ? null : t.siteAddress(),
            party(t, PartyKind.CUSTOMER),
            party(t, PartyKind.DECORATION_COMPANY),
            PaymentsView.of(s, zone),
            s.balanced(),
            PortalContext.time(clock.instant(), zone),
            zone);
    Locale locale = pdf.locale(lang);
    return pdf.download(
        Templates.statement(view),
        locale,
        "statement-" + projectId + "-" + locale.getLanguage() + ".pdf");
  }

  /** The name of the contract's first party of {@code kind}; null when there is none. */
  private static String party(ContractTerms t, PartyKind kind) {
    return t == null
        ? null
        : t.parties().stream()
            .filter(x -> x.kind() == kind)
            .map(Party::name)
            .findFirst()
            .orElse(null);
  }
}
