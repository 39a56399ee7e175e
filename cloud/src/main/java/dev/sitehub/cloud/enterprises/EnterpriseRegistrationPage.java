package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A signed-in person registers their company (the same {@link EnterpriseService#register} the API
 * calls) and becomes its admin; then the certificates page asks for the business licence. Someone
 * who already belongs to an enterprise is sent to its workspace instead.
 */
@Path("/portal/enterprise-registration")
public class EnterpriseRegistrationPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance register(PortalContext ctx, RegistrationForm form);
  }

  private final EnterpriseService enterprises;
  private final StaffService staff;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public EnterpriseRegistrationPage(
      EnterpriseService enterprises,
      StaffService staff,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.enterprises = enterprises;
    this.staff = staff;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response form() {
    if (staff.membership(caller.getSubject()).isPresent()) {
      return Response.seeOther(URI.create("/portal/enterprise")).build();
    }
    return render.page(Templates.register(portal.context(), RegistrationForm.EMPTY));
  }

  @POST
  @RolesAllowed("**")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response register(
      @FormParam("type") String type,
      @FormParam("name") String name,
      @FormParam("creditCode") String creditCode,
      @FormParam("city") String city,
      @FormParam("district") String district,
      @FormParam("specialties") String specialties,
      @FormParam("priceBand") String priceBand,
      @FormParam("description") String description) {
    PortalContext ctx = portal.context();
    if (staff.membership(caller.getSubject()).isPresent()) {
      // Already in an enterprise (a second tab, a repeated post): its workspace is the answer.
      return Response.seeOther(URI.create("/portal/enterprise")).build();
    }
    RegistrationForm form =
        new RegistrationForm(
            type, name, creditCode, city, district, specialties, priceBand, description, null);
    if (form.enterpriseType() == null) {
      return render.page(422, Templates.register(ctx, form.failed(JoinProblem.TYPE)));
    }
    if (form.band() == null) {
      return render.page(422, Templates.register(ctx, form.failed(JoinProblem.PRICE_BAND)));
    }
    Enterprise e;
    try {
      e = enterprises.register(form.draft(), caller.getSubject());
    } catch (ProblemException ex) {
      JoinProblem p = JoinProblem.of(ex.code()).orElseThrow(() -> ex);
      if (p == JoinProblem.CREDIT_CODE) {
        p = form.creditCodeDetail();
      }
      return render.page(ex.status() == 409 ? 409 : 422, Templates.register(ctx, form.failed(p)));
    }
    return Response.seeOther(
            URI.create("/portal/enterprise/" + e.enterpriseId() + "/certificates?done=registered"))
        .build();
  }
}
