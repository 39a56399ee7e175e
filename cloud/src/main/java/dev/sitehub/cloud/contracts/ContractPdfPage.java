package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.portal.PdfRender;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The contract as a PDF to keep: the clauses in Chinese (the signed text) or in English (the
 * reference rendering), followed by the filing record. Whoever may read the contract page may
 * download it.
 */
@Path("/portal/contracts/{contractId}/document.pdf")
public class ContractPdfPage {
  private final ContractService contracts;
  private final ContractsConfig config;
  private final PdfRender pdf;
  private final JsonWebToken caller;

  public ContractPdfPage(
      ContractService contracts, ContractsConfig config, PdfRender pdf, JsonWebToken caller) {
    this.contracts = contracts;
    this.config = config;
    this.pdf = pdf;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response download(
      @PathParam("contractId") String contractId,
      @QueryParam("version") Integer version,
      @QueryParam("lang") String lang) {
    ContractText text =
        contracts.text(
            contractId,
            version,
            caller.getSubject(),
            SiteAccess.isOperator(caller),
            config.siteTimezone());
    Locale locale = pdf.locale(lang);
    String name =
        "contract-" + contractId + "-v" + text.version() + "-" + locale.getLanguage() + ".pdf";
    return pdf.download(ContractText.Templates.archive(text), locale, name);
  }
}
