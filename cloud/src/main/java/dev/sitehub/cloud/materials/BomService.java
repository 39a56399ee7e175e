package dev.sitehub.cloud.materials;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The budgeter's bill of materials and the orders placed from it: each placement takes every line
 * not ordered yet and sends one order per supplier, so later lines become supplementary orders.
 */
@ApplicationScoped
class BomService {
  private static final Logger LOG = Logger.getLogger(BomService.class);
  private final UnitOfWork work;
  private final BomRepository lines;
  private final OrderRepository orders;
  private final MaterialsAccess access;
  private final EnterpriseService enterprises;
  private final Clock clock;
  private final Ids ids;

  BomService(
      UnitOfWork work,
      BomRepository lines,
      OrderRepository orders,
      MaterialsAccess access,
      EnterpriseService enterprises,
      Clock clock,
      Ids ids) {
    this.work = work;
    this.lines = lines;
    this.orders = orders;
    this.access = access;
    this.enterprises = enterprises;
    this.clock = clock;
    this.ids = ids;
  }

  public BillOfMaterials bom(Project p) {
    return BillOfMaterials.of(p.projectId(), work.read(() -> lines.ofProject(p.projectId())));
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
    work.write(() -> lines.insert(line));
    LOG.infof(
        "bom line added project=%s line=%s supplier=%s totalFen=%d",
        p.projectId(), line.lineId(), line.supplierId(), line.lineTotalFen());
    return line;
  }

  public void deleteLine(Project p, String lineId) {
    if (!work.write(() -> lines.deleteUnordered(p.projectId(), lineId))) {
      throw ProblemException.conflict(
          "line-not-removable", "no line " + lineId + " that is not ordered yet");
    }
  }

  /** One order per supplier from the lines not ordered yet; 409 when there are none. */
  public List<MaterialOrder> placeOrders(Project p, String userId) {
    Instant now = clock.instant();
    List<String> placed = new ArrayList<>();
    work.write(
        () ->
            lines
                .unorderedForUpdate(p.projectId())
                .chain(
                    unordered -> {
                      Map<String, List<MaterialLineEntity>> bySupplier = new LinkedHashMap<>();
                      for (MaterialLineEntity l : unordered) {
                        bySupplier.computeIfAbsent(l.supplierId, k -> new ArrayList<>()).add(l);
                      }
                      if (bySupplier.isEmpty()) {
                        throw ProblemException.conflict(
                            "nothing-to-order",
                            "every line of the bill of materials is already ordered");
                      }
                      Uni<Void> all = Uni.createFrom().voidItem();
                      for (Map.Entry<String, List<MaterialLineEntity>> e : bySupplier.entrySet()) {
                        String orderId = ids.next("mord");
                        long total =
                            e.getValue().stream()
                                .mapToLong(l -> l.lineTotalFen)
                                .reduce(0, Math::addExact);
                        placed.add(orderId);
                        // The locked lines are managed: they are written with the order at commit,
                        // and Hibernate inserts the order before it updates the lines naming it.
                        e.getValue().forEach(l -> l.orderId = orderId);
                        all =
                            all.chain(
                                () ->
                                    orders.insert(
                                        new MaterialOrderEntity(
                                            orderId,
                                            p.projectId(),
                                            e.getKey(),
                                            total,
                                            userId,
                                            now)));
                      }
                      return all;
                    }));
    List<MaterialOrder> out = new ArrayList<>();
    for (String id : placed) {
      out.add(read(p.projectId(), id).orElseThrow());
    }
    LOG.infof("orders placed project=%s orders=%s by=%s", p.projectId(), placed, userId);
    return out;
  }

  public List<MaterialOrder> orders(Viewer v) {
    List<MaterialOrder> found =
        work.read(
            () ->
                orders
                    .ofProject(v.project().projectId(), v.supplierId())
                    .chain(
                        list -> {
                          List<MaterialOrder> out = new ArrayList<>();
                          Uni<Void> all = Uni.createFrom().voidItem();
                          for (MaterialOrder o : list) {
                            all =
                                all.chain(() -> orders.full(o).invoke(out::add)).replaceWithVoid();
                          }
                          return all.replaceWith(out);
                        }));
    Map<String, String> names = new HashMap<>();
    return found.stream().map(o -> named(o, names)).toList();
  }

  public MaterialOrder order(Viewer v, String orderId) {
    return read(v.project().projectId(), orderId)
        .filter(v::sees)
        .orElseThrow(() -> orderNotFound(orderId));
  }

  /** The order with its lines and decision, if it is in the project. */
  Optional<MaterialOrder> read(String projectId, String orderId) {
    Optional<MaterialOrder> found =
        work.read(
            () ->
                orders
                    .inProject(projectId, orderId)
                    .chain(
                        o ->
                            o.isEmpty()
                                ? Uni.createFrom().item(Optional.<MaterialOrder>empty())
                                : orders.full(o.get()).map(Optional::of)));
    return found.map(o -> named(o, new HashMap<>()));
  }

  /**
   * The order with its supplier's name, which the enterprises feature owns; asked after the unit of
   * work, once per supplier in {@code names}.
   */
  private MaterialOrder named(MaterialOrder o, Map<String, String> names) {
    return o.named(names.computeIfAbsent(o.supplierId(), id -> enterprises.get(id).name()));
  }

  static ProblemException orderNotFound(String orderId) {
    return ProblemException.notFound("order-not-found", "no order " + orderId + " in this project");
  }
}
