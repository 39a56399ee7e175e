package dev.sitehub.cloud.materials;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

/**
 * Bill-of-materials lines through Hibernate Reactive; each method is work for a {@link
 * dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class BomRepository implements PanacheRepositoryBase<MaterialLineEntity, String> {
  private static final Sort CREATED = Sort.by("createdAt").and("lineId");

  Uni<Void> insert(BomLine l) {
    return persist(new MaterialLineEntity(l)).replaceWithVoid();
  }

  Uni<List<BomLine>> ofProject(String projectId) {
    return list("projectId", CREATED, projectId).map(BomRepository::views);
  }

  /** Lines not ordered yet, locked so two order placements never take the same line. */
  Uni<List<MaterialLineEntity>> unorderedForUpdate(String projectId) {
    return find("projectId = ?1 and orderId is null", CREATED, projectId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list();
  }

  Uni<List<BomLine>> ofOrder(String orderId) {
    return list("orderId", CREATED, orderId).map(BomRepository::views);
  }

  /** Deletes a line that is not ordered yet; false if there is none such. */
  Uni<Boolean> deleteUnordered(String projectId, String lineId) {
    return delete("projectId = ?1 and lineId = ?2 and orderId is null", projectId, lineId)
        .map(n -> n == 1);
  }

  private static List<BomLine> views(List<MaterialLineEntity> lines) {
    return lines.stream().map(MaterialLineEntity::view).toList();
  }
}
