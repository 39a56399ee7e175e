package dev.sitehub.cloud.materials;

import dev.sitehub.cloud.accounts.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Materials of a project: bill of materials, orders per supplier, shipments and deliveries. */
@Path("/api")
@Tag(name = "materials")
public class MaterialsResource {
  private static final String ORDER = "projects/{projectId}/materials/orders/{orderId}";
  private final BomService bom;
  private final DeliveryService deliveries;
  private final MaterialsAccess access;
  private final JsonWebToken caller;

  public MaterialsResource(
      BomService bom, DeliveryService deliveries, MaterialsAccess access, JsonWebToken caller) {
    this.bom = bom;
    this.deliveries = deliveries;
    this.access = access;
    this.caller = caller;
  }

  /** The lines with their totals in fen, and the bill's total and not-yet-ordered amount. */
  @GET
  @Path("projects/{projectId}/materials/bom")
  @RolesAllowed("**")
  public BillOfMaterials get(@PathParam("projectId") String projectId) {
    return bom.bom(access.member(caller, projectId));
  }

  /** The budgeter adds a line; the supplier must be a material supplier of the contract. */
  @POST
  @Path("projects/{projectId}/materials/bom/lines")
  @RolesAllowed(Role.BUDGETER_NAME)
  public Response addLine(@PathParam("projectId") String projectId, BomLineRequest r) {
    return Response.status(201)
        .entity(bom.addLine(access.budgeter(caller, projectId), r, caller.getSubject()))
        .build();
  }

  /** Removes a line that is not ordered yet. */
  @DELETE
  @Path("projects/{projectId}/materials/bom/lines/{lineId}")
  @RolesAllowed(Role.BUDGETER_NAME)
  public Response deleteLine(
      @PathParam("projectId") String projectId, @PathParam("lineId") String lineId) {
    bom.deleteLine(access.budgeter(caller, projectId), lineId);
    return Response.noContent().build();
  }

  /** Sends every line not ordered yet, as one order per supplier. */
  @POST
  @Path("projects/{projectId}/materials/orders")
  @RolesAllowed(Role.BUDGETER_NAME)
  public Response placeOrders(@PathParam("projectId") String projectId) {
    return Response.status(201)
        .entity(bom.placeOrders(access.budgeter(caller, projectId), caller.getSubject()))
        .build();
  }

  /** Site members see every order; a supplier's staff see their supplier's orders. */
  @GET
  @Path("projects/{projectId}/materials/orders")
  @RolesAllowed("**")
  public List<MaterialOrder> orders(@PathParam("projectId") String projectId) {
    return bom.orders(access.viewer(caller, projectId));
  }

  @GET
  @Path(ORDER)
  @RolesAllowed("**")
  public MaterialOrder order(
      @PathParam("projectId") String projectId, @PathParam("orderId") String orderId) {
    return bom.order(access.viewer(caller, projectId), orderId);
  }

  /** The supplier ships: carrier and tracking number are required. */
  @POST
  @Path(ORDER + "/ship")
  @RolesAllowed(Role.BUDGETER_NAME)
  public MaterialOrder ship(
      @PathParam("projectId") String projectId,
      @PathParam("orderId") String orderId,
      ShipRequest r) {
    return deliveries.ship(access.viewer(caller, projectId), orderId, r, caller.getSubject());
  }

  /** The supplier records the delivery at the site. */
  @POST
  @Path(ORDER + "/deliver")
  @RolesAllowed(Role.BUDGETER_NAME)
  public MaterialOrder deliver(
      @PathParam("projectId") String projectId, @PathParam("orderId") String orderId) {
    return deliveries.deliver(access.viewer(caller, projectId), orderId, caller.getSubject());
  }

  /** The project manager or the customer accepts the delivery; the nearest still is attached. */
  @POST
  @Path(ORDER + "/accept")
  @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.HOMEOWNER_NAME})
  public MaterialOrder accept(
      @PathParam("projectId") String projectId,
      @PathParam("orderId") String orderId,
      DeliveryDecisionRequest r) {
    return deliveries.decide(
        access.decider(caller, projectId),
        orderId,
        DeliveryDecision.ACCEPTED,
        r,
        caller.getSubject());
  }

  /** The project manager or the customer disputes the delivery, with a reason. */
  @POST
  @Path(ORDER + "/dispute")
  @RolesAllowed({Role.PROJECT_MANAGER_NAME, Role.HOMEOWNER_NAME})
  public MaterialOrder dispute(
      @PathParam("projectId") String projectId,
      @PathParam("orderId") String orderId,
      DeliveryDecisionRequest r) {
    return deliveries.decide(
        access.decider(caller, projectId),
        orderId,
        DeliveryDecision.DISPUTED,
        r,
        caller.getSubject());
  }
}
