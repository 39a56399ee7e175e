package dev.sitehub.cloud.materials;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/**
 * Material orders, their shipments and delivery decisions through Hibernate Reactive; each method
 * is work for a {@link dev.sitehub.cloud.common.UnitOfWork}. Orders come back without their
 * supplier's name, which the enterprise directory gives.
 */
@ApplicationScoped
class OrderRepository implements PanacheRepositoryBase<MaterialOrderEntity, String> {
  private static final Sort ORDERED = Sort.by("orderedAt").and("orderId");
  private final BomRepository lines;

  OrderRepository(BomRepository lines) {
    this.lines = lines;
  }

  Uni<Void> insert(MaterialOrderEntity o) {
    return persist(o).replaceWithVoid();
  }

  /** The project's orders, oldest first; only one supplier's when {@code supplierId} is set. */
  Uni<List<MaterialOrder>> ofProject(String projectId, String supplierId) {
    Uni<List<MaterialOrderEntity>> found =
        supplierId == null
            ? list("projectId", ORDERED, projectId)
            : list("projectId = ?1 and supplierId = ?2", ORDERED, projectId, supplierId);
    return found.map(r -> r.stream().map(MaterialOrderEntity::view).toList());
  }

  Uni<Optional<MaterialOrder>> inProject(String projectId, String orderId) {
    return find("projectId = ?1 and orderId = ?2", projectId, orderId)
        .firstResult()
        .map(o -> Optional.ofNullable(o).map(MaterialOrderEntity::view));
  }

  /** The order, locked so that its shipment and decision move one step at a time, or null. */
  Uni<MaterialOrderEntity> lock(String projectId, String orderId) {
    return find("projectId = ?1 and orderId = ?2", projectId, orderId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
  }

  /** Files the decision and writes it out, so the evidence chain reads it in this transaction. */
  Uni<Void> insertAcceptance(String projectId, DeliveryAcceptance a) {
    return getSession()
        .chain(s -> s.persist(new DeliveryAcceptanceEntity(projectId, a)).chain(s::flush));
  }

  Uni<Optional<DeliveryAcceptance>> acceptance(String orderId) {
    return getSession()
        .chain(s -> s.find(DeliveryAcceptanceEntity.class, orderId))
        .map(a -> Optional.ofNullable(a).map(DeliveryAcceptanceEntity::view));
  }

  /** The order with its lines and its delivery decision. */
  Uni<MaterialOrder> full(MaterialOrder o) {
    return lines
        .ofOrder(o.orderId())
        .chain(l -> acceptance(o.orderId()).map(a -> o.with(l, a.orElse(null))));
  }
}
