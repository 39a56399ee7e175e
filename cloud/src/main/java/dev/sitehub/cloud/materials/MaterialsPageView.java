package dev.sitehub.cloud.materials;

import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.sites.Site;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;

/**
 * The materials page: the bill of materials in yuan (null for a supplier's staff who are not on the
 * site), the orders the viewer may see with their shipment and delivery decision, what the viewer
 * may do, and the forms of the last failed post with their errors.
 */
@TemplateData
public record MaterialsPageView(
    String projectId,
    String siteId,
    String siteName,
    Bom bom,
    List<Supplier> suppliers,
    List<OrderRow> orders,
    boolean budgeter,
    LineForm lineForm,
    ShipForm shipForm,
    String decisionOrderId,
    String reason,
    MaterialsProblem reasonError,
    MaterialsProblem error) {

  /**
   * What the viewer may do: budget (on the site), ship as a supplier's staff, decide deliveries.
   */
  record Powers(boolean budgeter, String supplierId, boolean decider) {}

  /** A material supplier of the contract, for the line form's choice. */
  @TemplateData
  public record Supplier(String id, String name) {}

  /** The bill of materials as the page shows it. */
  @TemplateData
  public record Bom(
      List<LineRow> lines, String totalYuan, String unorderedYuan, boolean unordered) {}

  /** One line, money in yuan. */
  @TemplateData
  public record LineRow(
      String lineId,
      String name,
      String spec,
      String unit,
      String quantity,
      String unitPriceYuan,
      String totalYuan,
      String supplierName,
      boolean ordered) {}

  /** One order with its shipment, what the viewer may do with it, and the delivery decision. */
  @TemplateData
  public record OrderRow(
      String orderId,
      String supplierName,
      ShipmentState state,
      String totalYuan,
      String orderedAt,
      String carrier,
      String trackingNumber,
      String shippedAt,
      String deliveredAt,
      List<LineRow> lines,
      boolean canShip,
      boolean canDeliver,
      boolean canDecide,
      Decision decision) {
    public boolean delivered() {
      return state == ShipmentState.DELIVERED;
    }
  }

  /** The decision on a delivery and the camera still attached to it (snapshotId null if none). */
  @TemplateData
  public record Decision(
      DeliveryDecision decision,
      String decidedBy,
      String decidedAt,
      String reason,
      Long snapshotId,
      String snapshotCamera,
      String snapshotTakenAt,
      String snapshotSha256,
      String snapshotNote) {
    public boolean accepted() {
      return decision == DeliveryDecision.ACCEPTED;
    }
  }

  static MaterialsPageView of(
      Project p,
      Site site,
      BillOfMaterials b,
      List<MaterialOrder> orders,
      List<Supplier> suppliers,
      Powers powers) {
    String zone = site.timezone();
    Bom bom =
        b == null
            ? null
            : new Bom(
                b.lines().stream().map(l -> line(l, suppliers)).toList(),
                LineForm.yuan(b.totalFen()),
                LineForm.yuan(b.unorderedFen()),
                b.unorderedFen() > 0 || b.lines().stream().anyMatch(l -> l.orderId() == null));
    List<OrderRow> rows = orders.stream().map(o -> order(o, zone, suppliers, powers)).toList();
    return new MaterialsPageView(
        p.projectId(),
        p.siteId(),
        site.name(),
        bom,
        suppliers,
        rows,
        powers.budgeter(),
        LineForm.empty(),
        null,
        null,
        "",
        null,
        null);
  }

  private static LineRow line(BomLine l, List<Supplier> suppliers) {
    return new LineRow(
        l.lineId(),
        l.name(),
        l.spec(),
        l.unit(),
        l.quantity().stripTrailingZeros().toPlainString(),
        LineForm.yuan(l.unitPriceFen()),
        LineForm.yuan(l.lineTotalFen()),
        suppliers.stream()
            .filter(s -> s.id().equals(l.supplierId()))
            .map(Supplier::name)
            .findFirst()
            .orElse(l.supplierId()),
        l.orderId() != null);
  }

  private static OrderRow order(
      MaterialOrder o, String zone, List<Supplier> suppliers, Powers powers) {
    boolean supplier = o.supplierId().equals(powers.supplierId());
    DeliveryAcceptance a = o.acceptance();
    Decision d =
        a == null
            ? null
            : new Decision(
                a.decision(),
                a.decidedBy(),
                at(a.decidedAt(), zone),
                a.reason(),
                a.snapshotId(),
                a.snapshotCamera(),
                at(a.snapshotTakenAt(), zone),
                a.snapshotSha256(),
                a.snapshotNote());
    return new OrderRow(
        o.orderId(),
        o.supplierName(),
        o.state(),
        LineForm.yuan(o.totalFen()),
        at(o.orderedAt(), zone),
        o.carrier(),
        o.trackingNumber(),
        at(o.shippedAt(), zone),
        at(o.deliveredAt(), zone),
        o.lines().stream().map(l -> line(l, suppliers)).toList(),
        supplier && o.state().canMoveTo(ShipmentState.SHIPPED),
        supplier && o.state().canMoveTo(ShipmentState.DELIVERED),
        powers.decider() && o.state() == ShipmentState.DELIVERED && a == null,
        d);
  }

  /** The ship form of this order: the one that just failed, or an empty one. */
  public ShipForm shipFormFor(String orderId) {
    return shipForm != null && shipForm.orderId().equals(orderId)
        ? shipForm
        : new ShipForm(orderId, "", "", null);
  }

  /** The reason typed for this order's decision, kept when the post failed. */
  public String reasonFor(String orderId) {
    return orderId.equals(decisionOrderId) ? reason : "";
  }

  /** The reason error of this order's decision form, if the last post was to it and failed. */
  public MaterialsProblem reasonErrorFor(String orderId) {
    return orderId.equals(decisionOrderId) ? reasonError : null;
  }

  MaterialsPageView withLineForm(LineForm f) {
    return with(f, shipForm, decisionOrderId, reason, reasonError, error);
  }

  MaterialsPageView withShipForm(ShipForm f) {
    return with(lineForm, f, decisionOrderId, reason, reasonError, error);
  }

  MaterialsPageView withDecisionForm(String orderId, String typed, MaterialsProblem problem) {
    return with(lineForm, shipForm, orderId, typed == null ? "" : typed, problem, error);
  }

  MaterialsPageView withError(MaterialsProblem problem) {
    return with(lineForm, shipForm, decisionOrderId, reason, reasonError, problem);
  }

  /** The same page with other form state; the bill, suppliers and orders are copied once, here. */
  private MaterialsPageView with(
      LineForm lineForm,
      ShipForm shipForm,
      String decisionOrderId,
      String reason,
      MaterialsProblem reasonError,
      MaterialsProblem error) {
    return new MaterialsPageView(
        projectId,
        siteId,
        siteName,
        bom,
        suppliers,
        orders,
        budgeter,
        lineForm,
        shipForm,
        decisionOrderId,
        reason,
        reasonError,
        error);
  }

  private static String at(Instant t, String zone) {
    return t == null ? null : PortalContext.time(t, zone);
  }
}
