package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.attachments.AttachmentStore;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import dev.sitehub.cloud.contracts.StagePayment;
import dev.sitehub.cloud.inspections.InspectionService;
import dev.sitehub.cloud.inspections.InspectionSummary;
import dev.sitehub.cloud.portal.PdfRender;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.sites.SiteService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A stage's acceptance record as a PDF to keep: criteria verdicts with their sensor evidence, the
 * inspection checklist, the frozen camera stills, both signatures and the evidence chain's receipt.
 * Whoever may open the acceptance page may download it.
 */
@Path("/portal/projects/{projectId}/stages/{seq}/acceptance.pdf")
public class AcceptancePdfPage {
  /** At most this many stills go into the PDF, the newest kept by the record. */
  static final int STILLS = 6;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance record(AcceptancePdfView view);
  }

  private final AcceptanceService acceptance;
  private final AcceptanceEvidences evidences;
  private final InspectionService inspections;
  private final SiteService sites;
  private final AccountService accounts;
  private final AttachmentStore attachments;
  private final ProjectAccess access;
  private final PdfRender pdf;
  private final Clock clock;
  private final JsonWebToken caller;

  public AcceptancePdfPage(
      AcceptanceService acceptance,
      AcceptanceEvidences evidences,
      InspectionService inspections,
      SiteService sites,
      AccountService accounts,
      AttachmentStore attachments,
      ProjectAccess access,
      PdfRender pdf,
      Clock clock,
      JsonWebToken caller) {
    this.acceptance = acceptance;
    this.evidences = evidences;
    this.inspections = inspections;
    this.sites = sites;
    this.accounts = accounts;
    this.attachments = attachments;
    this.access = access;
    this.pdf = pdf;
    this.clock = clock;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response download(
      @PathParam("projectId") String projectId,
      @PathParam("seq") int seq,
      @QueryParam("lang") String lang) {
    Project p = access.require(caller, projectId);
    AcceptanceRecord r = acceptance.get(p, seq);
    Site site = sites.get(p.siteId());
    String zone = site.timezone();
    InspectionSummary inspection =
        r.inspectionId() == null
            ? null
            : inspections.forStage(p, seq).stream()
                .filter(i -> i.inspectionId().equals(r.inspectionId()))
                .findFirst()
                .map(i -> InspectionSummary.of(i, zone))
                .orElse(null);
    AcceptancePdfView view =
        new AcceptancePdfView(
            p.projectId(),
            site.name(),
            seq,
            p.stages().stream()
                .filter(s -> s.seq() == seq)
                .map(StagePayment::name)
                .findFirst()
                .orElse(null),
            evidences.evidence(r, site.siteId(), zone),
            inspection,
            stills(r, zone),
            name(r.supervisorId()),
            name(r.customerId()),
            acceptance.evidenceReceipt(p, r),
            PortalContext.time(clock.instant(), zone),
            zone);
    Locale locale = pdf.locale(lang);
    String file = "acceptance-" + projectId + "-stage-" + seq + "-" + locale.getLanguage() + ".pdf";
    return pdf.download(Templates.record(view), locale, file);
  }

  private List<AcceptancePdfView.Still> stills(AcceptanceRecord r, String zone) {
    List<StageStill> all = r.stills();
    return all.subList(Math.max(0, all.size() - STILLS), all.size()).stream()
        .map(
            s ->
                attachments
                    .get(s.key())
                    .map(
                        bytes ->
                            new AcceptancePdfView.Still(
                                "data:image/jpeg;base64,"
                                    + Base64.getEncoder().encodeToString(bytes),
                                s.cameraId(),
                                PortalContext.time(s.takenAt(), zone),
                                s.sha256()))
                    .orElse(null))
        .filter(Objects::nonNull)
        .toList();
  }

  private String name(String userId) {
    return userId == null
        ? null
        : accounts.find(userId).map(UserAccount::displayName).orElse(userId);
  }
}
