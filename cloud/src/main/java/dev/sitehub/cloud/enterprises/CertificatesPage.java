package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * The workspace's certificates section: every member sees what was uploaded and whether the
 * business licence the operator needs is there; the admin uploads (the same {@link
 * EnterpriseService#addCertificate} the API calls, with the same file checks).
 */
@Path("/portal/enterprise/{id}/certificates")
public class CertificatesPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance certificates(PortalContext ctx, CertificatesView view);
  }

  /** The section: the workspace, its certificates, the upload form as sent and a notice key. */
  @TemplateData
  public record CertificatesView(
      Workspace ws,
      List<CertificateView> certificates,
      List<CertificateKind> kinds,
      String kind,
      JoinProblem problem,
      String notice) {

    /** Whether a business licence is among the uploads (verification needs one). */
    public boolean licenceUploaded() {
      return certificates.stream().anyMatch(c -> c.kind() == CertificateKind.BUSINESS_LICENCE);
    }

    public JoinProblem error(String field) {
      return problem == null ? null : problem.at(field);
    }

    public boolean kindIs(CertificateKind k) {
      return k.name().equals(kind);
    }

    /** When a certificate was uploaded, in the workspace's zone. */
    public String uploaded(CertificateView c) {
      return PortalContext.time(c.uploadedAt(), ws.zone());
    }
  }

  private final Workspaces workspaces;
  private final EnterpriseService enterprises;
  private final StaffService staff;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public CertificatesPage(
      Workspaces workspaces,
      EnterpriseService enterprises,
      StaffService staff,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.workspaces = workspaces;
    this.enterprises = enterprises;
    this.staff = staff;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response page(@PathParam("id") String id, @QueryParam("done") String done) {
    Workspace ws = workspaces.open(caller.getSubject(), id);
    String notice = "registered".equals(done) || "uploaded".equals(done) ? done : null;
    return render.page(
        Templates.certificates(
            portal.context(), view(ws, CertificateKind.BUSINESS_LICENCE.name(), null, notice)));
  }

  /** The upload form: a kind and a file (PDF, PNG or JPEG). */
  @POST
  @RolesAllowed("**")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(@PathParam("id") String id, MultipartFormDataInput form) {
    PortalContext ctx = portal.context();
    staff.requireAdmin(caller.getSubject(), id);
    Workspace ws = workspaces.open(caller.getSubject(), id);
    Map<String, Collection<FormValue>> values = form == null ? Map.of() : form.getValues();
    String kind = CertificateUpload.text(values.get("kind"));
    CertificateKind k = kind(kind);
    if (k == null) {
      return render.page(422, Templates.certificates(ctx, view(ws, kind, JoinProblem.KIND, null)));
    }
    FormValue file = CertificateUpload.first(values.get("file"));
    byte[] content = CertificateUpload.bytes(file);
    try {
      enterprises.addCertificate(
          id, caller.getSubject(), k, file == null ? null : file.getFileName(), null, content);
    } catch (ProblemException e) {
      JoinProblem p = JoinProblem.of(e.code()).orElseThrow(() -> e);
      return render.page(422, Templates.certificates(ctx, view(ws, kind, p, null)));
    }
    return Response.seeOther(URI.create("/portal/enterprise/" + id + "/certificates?done=uploaded"))
        .build();
  }

  private CertificatesView view(Workspace ws, String kind, JoinProblem problem, String notice) {
    return new CertificatesView(
        ws,
        enterprises.certificates(ws.enterpriseId()),
        List.of(CertificateKind.values()),
        kind == null ? "" : kind,
        problem,
        notice);
  }

  private static CertificateKind kind(String kind) {
    try {
      return kind.isEmpty() ? null : CertificateKind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
