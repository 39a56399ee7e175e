package dev.sitehub.cloud.materials;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.media.EvidenceStills;
import dev.sitehub.cloud.media.FrozenStill;
import dev.sitehub.cloud.media.Snapshot;
import dev.sitehub.cloud.media.Stills;
import dev.sitehub.cloud.milestones.MilestoneService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Moves a shipment forward (the supplier ships with carrier and tracking number, then records the
 * delivery) and files the at-site decision on it: the camera still nearest the delivery time is
 * frozen and attached, and the decision joins the project's evidence chain.
 */
@ApplicationScoped
class DeliveryService {
  static final int MAX_TEXT = 100;
  static final int MAX_REASON = 1000;
  private static final Logger LOG = Logger.getLogger(DeliveryService.class);
  private final UnitOfWork work;
  private final OrderRepository orders;
  private final BomService bom;
  private final MaterialsAccess access;
  private final Stills snapshots;
  private final EvidenceStills stills;
  private final EvidenceService evidence;
  private final MilestoneService milestones;
  private final MaterialsConfig config;
  private final Clock clock;

  DeliveryService(
      UnitOfWork work,
      OrderRepository orders,
      BomService bom,
      MaterialsAccess access,
      Stills snapshots,
      EvidenceStills stills,
      EvidenceService evidence,
      MilestoneService milestones,
      MaterialsConfig config,
      Clock clock) {
    this.work = work;
    this.orders = orders;
    this.bom = bom;
    this.access = access;
    this.snapshots = snapshots;
    this.stills = stills;
    this.evidence = evidence;
    this.milestones = milestones;
    this.config = config;
    this.clock = clock;
  }

  public MaterialOrder ship(Viewer v, String orderId, ShipRequest r, String userId) {
    return move(
        v,
        orderId,
        userId,
        ShipmentState.SHIPPED,
        o -> {
          if (r == null) {
            throw ProblemException.badRequest("invalid-body", "carrier and trackingNumber needed");
          }
          String carrier = text("carrier", r.carrier(), MAX_TEXT);
          String tracking = text("trackingNumber", r.trackingNumber(), MAX_TEXT);
          o.ship(carrier, tracking, userId, clock.instant());
          return Uni.createFrom().voidItem();
        });
  }

  public MaterialOrder deliver(Viewer v, String orderId, String userId) {
    return move(
        v,
        orderId,
        userId,
        ShipmentState.DELIVERED,
        o -> {
          o.deliver(userId, clock.instant());
          return Uni.createFrom().voidItem();
        });
  }

  /** Accepts or disputes a delivered order; a dispute needs a reason. */
  public MaterialOrder decide(
      Project p, String orderId, DeliveryDecision decision, DeliveryDecisionRequest r, String by) {
    String reason = r == null || r.reason() == null || r.reason().isBlank() ? null : r.reason();
    if ((decision == DeliveryDecision.DISPUTED && reason == null)
        || (reason != null && reason.strip().length() > MAX_REASON)) {
      throw ProblemException.badRequest(
          "invalid-reason",
          "reason is "
              + (decision == DeliveryDecision.DISPUTED ? "required" : "optional")
              + ", at most "
              + MAX_REASON
              + " characters");
    }
    MaterialOrder before = read(p, orderId);
    requireUndecidedDelivery(before);
    // The filed contract heads the chain before any record that rests on it.
    milestones.sync(p);
    Attached still = attach(p.siteId(), before.deliveredAt());
    work.write(
        () ->
            orders
                .lock(p.projectId(), orderId)
                .map(o -> found(o, orderId).view())
                .chain(orders::full)
                .chain(
                    o -> {
                      requireUndecidedDelivery(o);
                      DeliveryAcceptance a =
                          still.decision(orderId, decision, reason, by, clock.instant());
                      return orders.insertAcceptance(p.projectId(), a);
                    })
                .chain(
                    () ->
                        evidence.appending(
                            p.projectId(), RecordKind.DELIVERY_ACCEPTANCE, orderId)));
    LOG.infof(
        "delivery %s project=%s order=%s by=%s snapshot=%s",
        decision, p.projectId(), orderId, by, still.still() == null ? "none" : still.still().key());
    return read(p, orderId);
  }

  /** The still attached to a decision, or none with the reason why. */
  record Attached(FrozenStill still, String note) {
    DeliveryAcceptance decision(
        String orderId, DeliveryDecision d, String reason, String by, Instant at) {
      String r = reason == null ? null : reason.strip();
      return still == null
          ? new DeliveryAcceptance(orderId, d, r, by, at, null, null, null, null, null, null, note)
          : new DeliveryAcceptance(
              orderId,
              d,
              r,
              by,
              at,
              still.snapshotId(),
              still.deviceId(),
              still.cameraId(),
              still.takenAt(),
              still.key(),
              still.sha256(),
              note);
    }
  }

  private Attached attach(String siteId, Instant deliveredAt) {
    Duration window = config.snapshotWindow();
    Optional<Snapshot> nearest = snapshots.nearest(siteId, deliveredAt, window);
    if (nearest.isEmpty()) {
      return new Attached(null, "none available within " + window + " of the delivery");
    }
    Snapshot s = nearest.get();
    Optional<FrozenStill> frozen = stills.freeze(s);
    if (frozen.isEmpty()) {
      return new Attached(
          null, "none available: snapshot " + s.id() + " is missing or fails its hash check");
    }
    long seconds = Duration.between(deliveredAt, s.takenAt()).getSeconds();
    return new Attached(
        frozen.get(),
        "snapshot " + s.id() + " of camera " + s.cameraId() + ", " + seconds + " s from delivery");
  }

  private interface Step {
    /** Moves the locked order; the change is written when the unit of work commits. */
    Uni<Void> apply(MaterialOrderEntity o);
  }

  private MaterialOrder move(
      Viewer v, String orderId, String userId, ShipmentState target, Step step) {
    Project p = v.project();
    // The supplier of an order never changes, so it is checked before the unit of work, which
    // must not call other features' blocking services.
    MaterialOrder before = read(p, orderId);
    if (!v.sees(before)) {
      throw BomService.orderNotFound(orderId);
    }
    access.requireSupplier(userId, before);
    work.write(
        () ->
            orders
                .lock(p.projectId(), orderId)
                .chain(
                    locked -> {
                      MaterialOrderEntity o = found(locked, orderId);
                      if (!o.state.canMoveTo(target)) {
                        throw ProblemException.conflict(
                            "invalid-shipment-transition",
                            "order " + orderId + " is " + o.state + " and cannot become " + target);
                      }
                      return step.apply(o);
                    }));
    LOG.infof("shipment %s project=%s order=%s by=%s", target, p.projectId(), orderId, userId);
    return read(p, orderId);
  }

  private MaterialOrder read(Project p, String orderId) {
    return bom.read(p.projectId(), orderId).orElseThrow(() -> BomService.orderNotFound(orderId));
  }

  private static MaterialOrderEntity found(MaterialOrderEntity o, String orderId) {
    if (o == null) {
      throw BomService.orderNotFound(orderId);
    }
    return o;
  }

  private static void requireUndecidedDelivery(MaterialOrder o) {
    if (o.state() != ShipmentState.DELIVERED) {
      throw ProblemException.conflict(
          "delivery-not-delivered",
          "order " + o.orderId() + " is " + o.state() + ", not delivered");
    }
    if (o.acceptance() != null) {
      throw ProblemException.conflict(
          "delivery-already-decided",
          "the delivery of order " + o.orderId() + " was already " + o.acceptance().decision());
    }
  }

  private static String text(String field, String value, int max) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw ProblemException.badRequest(
          "invalid-" + field, field + " is required, 1-" + max + " characters");
    }
    return value.strip();
  }
}
