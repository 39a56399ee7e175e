package dev.sitehub.cloud.materials;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.media.EvidenceStills;
import dev.sitehub.cloud.media.FrozenStill;
import dev.sitehub.cloud.media.Snapshot;
import dev.sitehub.cloud.media.Stills;
import dev.sitehub.cloud.milestones.MilestoneService;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
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
public class DeliveryService {
  static final int MAX_TEXT = 100;
  static final int MAX_REASON = 1000;
  private static final Logger LOG = Logger.getLogger(DeliveryService.class);
  private final AgroalDataSource db;
  private final MaterialsAccess access;
  private final Stills snapshots;
  private final EvidenceStills stills;
  private final EvidenceService evidence;
  private final MilestoneService milestones;
  private final MaterialsConfig config;
  private final Clock clock;

  public DeliveryService(
      AgroalDataSource db,
      MaterialsAccess access,
      Stills snapshots,
      EvidenceStills stills,
      EvidenceService evidence,
      MilestoneService milestones,
      MaterialsConfig config,
      Clock clock) {
    this.db = db;
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
        (c, o) -> {
          if (r == null) {
            throw ProblemException.badRequest("invalid-body", "carrier and trackingNumber needed");
          }
          String carrier = text("carrier", r.carrier(), MAX_TEXT);
          String tracking = text("trackingNumber", r.trackingNumber(), MAX_TEXT);
          OrderRepository.ship(c, o.orderId(), carrier, tracking, userId, clock.instant());
        });
  }

  public MaterialOrder deliver(Viewer v, String orderId, String userId) {
    return move(
        v,
        orderId,
        userId,
        ShipmentState.DELIVERED,
        (c, o) -> OrderRepository.deliver(c, o.orderId(), userId, clock.instant()));
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
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        MaterialOrder o = BomService.full(c, locked(c, p, orderId));
        requireUndecidedDelivery(o);
        DeliveryAcceptance a = still.decision(orderId, decision, reason, by, clock.instant());
        OrderRepository.insertAcceptance(c, p.projectId(), a);
        evidence.append(c, p.projectId(), RecordKind.DELIVERY_ACCEPTANCE, orderId);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("delivery decision failed", e);
    }
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
    void apply(Connection c, MaterialOrder o) throws SQLException;
  }

  private MaterialOrder move(
      Viewer v, String orderId, String userId, ShipmentState target, Step step) {
    Project p = v.project();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        MaterialOrder o = locked(c, p, orderId);
        if (!v.sees(o)) {
          throw BomService.orderNotFound(orderId);
        }
        access.requireSupplier(userId, o);
        if (!o.state().canMoveTo(target)) {
          throw ProblemException.conflict(
              "invalid-shipment-transition",
              "order " + orderId + " is " + o.state() + " and cannot become " + target);
        }
        step.apply(c, o);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("shipment update failed", e);
    }
    LOG.infof("shipment %s project=%s order=%s by=%s", target, p.projectId(), orderId, userId);
    return read(p, orderId);
  }

  private static MaterialOrder locked(Connection c, Project p, String orderId) throws SQLException {
    return OrderRepository.find(c, p.projectId(), orderId, true)
        .orElseThrow(() -> BomService.orderNotFound(orderId));
  }

  private MaterialOrder read(Project p, String orderId) {
    try (Connection c = db.getConnection()) {
      return BomService.full(
          c,
          OrderRepository.find(c, p.projectId(), orderId, false)
              .orElseThrow(() -> BomService.orderNotFound(orderId)));
    } catch (SQLException e) {
      throw new IllegalStateException("order read failed", e);
    }
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
