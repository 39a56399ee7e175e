package dev.sitehub.cloud.materials;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the materials page in English; matmsg_zh_CN.properties holds the Chinese ones under
 * the same keys.
 */
@MessageBundle(value = "matmsg", locale = "en")
public interface MaterialsMessages {
  @Message("Materials")
  String materials();

  @Message("Bill of materials")
  String bomTitle();

  @Message("No line yet.")
  String noLines();

  @Message("Material")
  String name();

  @Message("Specification")
  String spec();

  @Message("Unit")
  String unit();

  @Message("Quantity")
  String quantity();

  @Message("Unit price (yuan)")
  String unitPrice();

  @Message("Line total")
  String lineTotal();

  @Message("Supplier")
  String supplier();

  @Message("Ordered")
  String orderedBadge();

  @Message("Not ordered")
  String notOrderedBadge();

  @Message("Total ¥{total}, of which ¥{unordered} not ordered yet")
  String totals(String total, String unordered);

  @Message("Add a line")
  String addLineTitle();

  @Message("For example 12.5 (up to 3 decimals)")
  String quantityHint();

  @Message("In yuan, for example 39.99")
  String priceHint();

  @Message("Choose a supplier")
  String chooseSupplier();

  @Message("Add line")
  String addLineButton();

  @Message("Remove")
  String removeLine();

  @Message("Remove this line from the bill of materials?")
  String removeLineConfirm();

  @Message("Place orders")
  String placeOrdersButton();

  @Message("Send every line not ordered yet to its supplier, one order per supplier?")
  String placeOrdersConfirm();

  @Message("Orders and deliveries")
  String ordersTitle();

  @Message("No order yet.")
  String noOrders();

  @Message("Order {id}")
  String order(String id);

  @Message("Total")
  String total();

  @Message("Ordered at")
  String orderedAt();

  @Message("Carrier")
  String carrier();

  @Message("Tracking number")
  String trackingNumber();

  @Message("Shipped at")
  String shippedAt();

  @Message("Delivered at")
  String deliveredAt();

  @Message("Mark shipped")
  String shipButton();

  @Message("Record delivery at the site")
  String deliverButton();

  @Message("Record that this order was delivered to the site now?")
  String deliverConfirm();

  @Message("Delivery decision")
  String decisionTitle();

  @Message("Note or reason (a dispute needs a reason)")
  String reasonLabel();

  @Message("Accept delivery")
  String acceptButton();

  @Message("Accept this delivery? The decision cannot be changed.")
  String acceptConfirm();

  @Message("Dispute delivery")
  String disputeButton();

  @Message("Decided by {who} at {at}")
  String decidedBy(String who, String at);

  @Message("Reason")
  String reason();

  @Message("Site camera at delivery")
  String snapshotTitle();

  @Message("Still from camera {camera}, taken {at}")
  String snapshotAlt(String camera, String at);

  @Message("No camera still was attached")
  String noSnapshot();

  /** An order's shipment state. */
  @Message
  String state(ShipmentState state);

  /** The decision on a delivery. */
  @Message
  String decision(DeliveryDecision decision);

  /** A refusal its pages show. */
  @Message
  String problem(MaterialsProblem problem);
}
