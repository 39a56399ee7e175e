package dev.sitehub.cloud.materials;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The budgeter's bill of materials and the orders placed from it: each placement takes every line
 * not ordered yet and sends one order per supplier, so later lines become supplementary orders.
 */
@ApplicationScoped
public class BomService {
  private static final Logger LOG = Logger.getLogger(BomService.class);
  private final AgroalDataSource db;
  private final MaterialsAccess access;
  private final Clock clock;
  private final Ids ids;

  public BomService(AgroalDataSource db, MaterialsAccess access, Clock clock, Ids ids) {
    this.db = db;
    this.access = access;
    this.clock = clock;
    this.ids = ids;
  }

  public BillOfMaterials bom(Project p) {
    try (Connection c = db.getConnection()) {
      return BillOfMaterials.of(p.projectId(), BomRepository.ofProject(c, p.projectId()));
    } catch (SQLException e) {
      throw new IllegalStateException("bill of materials read failed", e);
    }
  }

  public BomLine addLine(Project p, BomLineRequest request, String userId) {
    Set<String> suppliers = access.suppliers(p);
    BomLineRequest r = BomRules.check(request, suppliers);
    BomLine line =
        new BomLine(
            ids.next("mtl"),
            p.projectId(),
            r.name(),
            r.spec(),
            r.unit(),
            r.quantity(),
            r.unitPriceFen(),
            BomRules.lineTotalFen(r.quantity(), r.unitPriceFen()),
            r.supplierId(),
            null,
            userId,
            clock.instant());
    try (Connection c = db.getConnection()) {
      BomRepository.insert(c, line);
    } catch (SQLException e) {
      throw new IllegalStateException("bill of materials insert failed", e);
    }
    LOG.infof(
        "bom line added project=%s line=%s supplier=%s totalFen=%d",
        p.projectId(), line.lineId(), line.supplierId(), line.lineTotalFen());
    return line;
  }

  public void deleteLine(Project p, String lineId) {
    try (Connection c = db.getConnection()) {
      if (!BomRepository.deleteUnordered(c, p.projectId(), lineId)) {
        throw ProblemException.conflict(
            "line-not-removable", "no line " + lineId + " that is not ordered yet");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("bill of materials delete failed", e);
    }
  }

  /** One order per supplier from the lines not ordered yet; 409 when there are none. */
  public List<MaterialOrder> placeOrders(Project p, String userId) {
    Instant now = clock.instant();
    List<String> placed = new ArrayList<>();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        Map<String, List<BomLine>> bySupplier = new LinkedHashMap<>();
        for (BomLine l : BomRepository.unorderedForUpdate(c, p.projectId())) {
          bySupplier.computeIfAbsent(l.supplierId(), k -> new ArrayList<>()).add(l);
        }
        if (bySupplier.isEmpty()) {
          throw ProblemException.conflict(
              "nothing-to-order", "every line of the bill of materials is already ordered");
        }
        for (Map.Entry<String, List<BomLine>> e : bySupplier.entrySet()) {
          String orderId = ids.next("mord");
          long total =
              e.getValue().stream().mapToLong(BomLine::lineTotalFen).reduce(0, Math::addExact);
          OrderRepository.insert(c, orderId, p.projectId(), e.getKey(), total, userId, now);
          BomRepository.assign(c, e.getValue(), orderId);
          placed.add(orderId);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      List<MaterialOrder> out = new ArrayList<>();
      for (String id : placed) {
        out.add(full(c, OrderRepository.find(c, p.projectId(), id, false).orElseThrow()));
      }
      LOG.infof("orders placed project=%s orders=%s by=%s", p.projectId(), placed, userId);
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("order placement failed", e);
    }
  }

  public List<MaterialOrder> orders(Viewer v) {
    try (Connection c = db.getConnection()) {
      List<MaterialOrder> out = new ArrayList<>();
      for (MaterialOrder o : OrderRepository.list(c, v.project().projectId(), v.supplierId())) {
        out.add(full(c, o));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("order list failed", e);
    }
  }

  public MaterialOrder order(Viewer v, String orderId) {
    try (Connection c = db.getConnection()) {
      MaterialOrder o =
          OrderRepository.find(c, v.project().projectId(), orderId, false)
              .filter(v::sees)
              .orElseThrow(() -> orderNotFound(orderId));
      return full(c, o);
    } catch (SQLException e) {
      throw new IllegalStateException("order read failed", e);
    }
  }

  static MaterialOrder full(Connection c, MaterialOrder o) throws SQLException {
    return o.with(
        BomRepository.ofOrder(c, o.orderId()),
        OrderRepository.acceptance(c, o.orderId()).orElse(null));
  }

  static ProblemException orderNotFound(String orderId) {
    return ProblemException.notFound("order-not-found", "no order " + orderId + " in this project");
  }
}
