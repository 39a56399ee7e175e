package dev.sitehub.cloud.materials;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import dev.sitehub.cloud.enterprises.StaffMember;
import dev.sitehub.cloud.enterprises.StaffService;
import dev.sitehub.cloud.materials.MaterialsProblem.Form;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import dev.sitehub.cloud.sites.SiteService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The project materials page: the bill of materials (the budgeter adds and removes lines and places
 * the orders), each supplier's order and its shipment (the supplier ships and records delivery),
 * and the delivery decision with its camera still (project manager or customer), all through the
 * same services and access rules as the materials API.
 */
@Path("/portal/projects/{projectId}/materials")
public class MaterialsPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance materials(PortalContext ctx, MaterialsPageView view);

    static native TemplateInstance materials$content(PortalContext ctx, MaterialsPageView view);
  }

  private final BomService bom;
  private final DeliveryService deliveries;
  private final MaterialsAccess access;
  private final StaffService staff;
  private final EnterpriseService enterprises;
  private final SiteService sites;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public MaterialsPage(
      BomService bom,
      DeliveryService deliveries,
      MaterialsAccess access,
      StaffService staff,
      EnterpriseService enterprises,
      SiteService sites,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.bom = bom;
    this.deliveries = deliveries;
    this.access = access;
    this.staff = staff;
    this.enterprises = enterprises;
    this.sites = sites;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response page(@PathParam("projectId") String projectId) {
    PortalContext ctx = portal.context();
    Viewer v = access.viewer(caller, projectId);
    return render.page(Templates.materials(ctx, view(v)));
  }

  @POST
  @Path("lines")
  @RolesAllowed(Role.BUDGETER_NAME)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addLine(
      @PathParam("projectId") String projectId,
      @FormParam("name") String name,
      @FormParam("spec") String spec,
      @FormParam("unit") String unit,
      @FormParam("quantity") String quantity,
      @FormParam("price") String price,
      @FormParam("supplierId") String supplierId) {
    PortalContext ctx = portal.context();
    Project p = access.budgeter(caller, projectId);
    LineForm form = new LineForm(name, spec, unit, quantity, price, supplierId, Set.of());
    LineForm parsed = form.parse();
    if (!parsed.errors().isEmpty()) {
      return answer(422, ctx, view(p).withLineForm(parsed));
    }
    Optional<Refusal> refused =
        refusal(() -> bom.addLine(p, parsed.request(), caller.getSubject()), null, Form.LINE);
    if (refused.isPresent()) {
      return answer(422, ctx, view(p).withLineForm(form.failed(refused.get().problem())));
    }
    return done(ctx, p.projectId(), view(p), "bom");
  }

  @POST
  @Path("lines/{lineId}/delete")
  @RolesAllowed(Role.BUDGETER_NAME)
  public Response deleteLine(
      @PathParam("projectId") String projectId, @PathParam("lineId") String lineId) {
    PortalContext ctx = portal.context();
    Project p = access.budgeter(caller, projectId);
    Optional<Refusal> refused = refusal(() -> bom.deleteLine(p, lineId), null, Form.PAGE);
    if (refused.isPresent()) {
      return shown(refused.get(), ctx, view(p));
    }
    return done(ctx, p.projectId(), view(p), "bom");
  }

  @POST
  @Path("orders")
  @RolesAllowed(Role.BUDGETER_NAME)
  public Response placeOrders(@PathParam("projectId") String projectId) {
    PortalContext ctx = portal.context();
    Project p = access.budgeter(caller, projectId);
    Optional<Refusal> refused =
        refusal(() -> bom.placeOrders(p, caller.getSubject()), null, Form.PAGE);
    if (refused.isPresent()) {
      return shown(refused.get(), ctx, view(p));
    }
    return done(ctx, p.projectId(), view(p), "orders");
  }

  @POST
  @Path("orders/{orderId}/ship")
  @RolesAllowed(Role.BUDGETER_NAME)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response ship(
      @PathParam("projectId") String projectId,
      @PathParam("orderId") String orderId,
      @FormParam("carrier") String carrier,
      @FormParam("trackingNumber") String trackingNumber) {
    PortalContext ctx = portal.context();
    Viewer v = access.viewer(caller, projectId);
    ShipRequest request = new ShipRequest(carrier, trackingNumber);
    Optional<Refusal> refused =
        refusal(
            () -> deliveries.ship(v, orderId, request, caller.getSubject()),
            null,
            Form.SHIP,
            Form.PAGE);
    if (refused.isPresent() && refused.get().problem().form() == Form.SHIP) {
      ShipForm form = new ShipForm(orderId, carrier, trackingNumber, refused.get().problem());
      return answer(422, ctx, view(v).withShipForm(form));
    }
    if (refused.isPresent()) {
      return shown(refused.get(), ctx, view(v));
    }
    return done(ctx, projectId, view(v), "order-" + orderId);
  }

  @POST
  @Path("orders/{orderId}/deliver")
  @RolesAllowed(Role.BUDGETER_NAME)
  public Response deliver(
      @PathParam("projectId") String projectId, @PathParam("orderId") String orderId) {
    PortalContext ctx = portal.context();
    Viewer v = access.viewer(caller, projectId);
    Optional<Refusal> refused =
        refusal(() -> deliveries.deliver(v, orderId, caller.getSubject()), null, Form.PAGE);
    if (refused.isPresent()) {
      return shown(refused.get(), ctx, view(v));
    }
    return done(ctx, projectId, view(v), "order-" + orderId);
  }

  @POST
  @Path("orders/{orderId}/accept")
  @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.HOMEOWNER_NAME})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response accept(
      @PathParam("projectId") String projectId,
      @PathParam("orderId") String orderId,
      @FormParam("reason") String reason) {
    return decide(projectId, orderId, DeliveryDecision.ACCEPTED, reason);
  }

  @POST
  @Path("orders/{orderId}/dispute")
  @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.HOMEOWNER_NAME})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response dispute(
      @PathParam("projectId") String projectId,
      @PathParam("orderId") String orderId,
      @FormParam("reason") String reason) {
    return decide(projectId, orderId, DeliveryDecision.DISPUTED, reason);
  }

  private Response decide(String projectId, String orderId, DeliveryDecision d, String reason) {
    PortalContext ctx = portal.context();
    Project p = access.decider(caller, projectId);
    Viewer v = new Viewer(p, null);
    DeliveryDecisionRequest request = new DeliveryDecisionRequest(reason);
    Optional<Refusal> refused =
        refusal(
            () -> deliveries.decide(p, orderId, d, request, caller.getSubject()),
            d,
            Form.DECISION,
            Form.PAGE);
    if (refused.isPresent() && refused.get().problem().form() == Form.DECISION) {
      return answer(422, ctx, view(v).withDecisionForm(orderId, reason, refused.get().problem()));
    }
    if (refused.isPresent()) {
      return shown(refused.get(), ctx, view(v));
    }
    return done(ctx, projectId, view(v), "order-" + orderId);
  }

  /** A refusal the page shows, with the status it answers: 422 in a form, the service's above. */
  private record Refusal(MaterialsProblem problem, int status) {}

  /**
   * Runs a service call and returns its refusal when the page shows it in one of {@code shownIn};
   * any other refusal (403 included) goes on to the mappers.
   */
  private static Optional<Refusal> refusal(
      Runnable call, DeliveryDecision decision, Form... shownIn) {
    try {
      call.run();
      return Optional.empty();
    } catch (ProblemException e) {
      MaterialsProblem problem =
          MaterialsProblem.of(e.code(), decision)
              .filter(p -> List.of(shownIn).contains(p.form()))
              .orElseThrow(() -> e);
      return Optional.of(new Refusal(problem, problem.form() == Form.PAGE ? e.status() : 422));
    }
  }

  /** A refusal shown above the page, with the service's status. */
  private Response shown(Refusal refused, PortalContext ctx, MaterialsPageView view) {
    return answer(refused.status(), ctx, view.withError(refused.problem()));
  }

  /** htmx gets the refreshed section; a plain form post goes back to the page. */
  private Response done(PortalContext ctx, String projectId, MaterialsPageView view, String at) {
    return render.done(
        Templates.materials$content(ctx, view),
        URI.create("/portal/projects/" + projectId + "/materials#" + at));
  }

  private Response answer(int status, PortalContext ctx, MaterialsPageView view) {
    return render.page(
        status, Templates.materials(ctx, view), Templates.materials$content(ctx, view));
  }

  private MaterialsPageView view(Project p) {
    return view(new Viewer(p, null));
  }

  /**
   * What the caller may do is worked out from the same facts the services check: the caller's parts
   * in the project's contract (budgeter, project manager, customer), and for shipping, being a
   * budgeter of the order's supplier.
   */
  private MaterialsPageView view(Viewer v) {
    Project p = v.project();
    boolean member = v.supplierId() == null;
    Set<Role> mine = member ? access.rolesOn(caller, p) : Set.of();
    String supplierOfCaller =
        staff
            .activeMembership(caller.getSubject())
            .filter(m -> m.role() == Role.BUDGETER)
            .map(StaffMember::enterpriseId)
            .orElse(null);
    boolean decider =
        member && (mine.contains(Role.PROJECT_MANAGER) || mine.contains(Role.HOMEOWNER));
    BillOfMaterials b = member ? bom.bom(p) : null;
    List<MaterialsPageView.Supplier> suppliers =
        access.suppliers(p).stream()
            .map(id -> new MaterialsPageView.Supplier(id, enterprises.get(id).name()))
            .toList();
    return MaterialsPageView.of(
        p,
        sites.get(p.siteId()),
        b,
        bom.orders(v),
        suppliers,
        new MaterialsPageView.Powers(mine.contains(Role.BUDGETER), supplierOfCaller, decider));
  }
}
