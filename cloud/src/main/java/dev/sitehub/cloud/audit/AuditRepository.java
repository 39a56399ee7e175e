package dev.sitehub.cloud.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Appends and reads audit events; each method is work for a UnitOfWork. */
@ApplicationScoped
class AuditRepository implements PanacheRepositoryBase<AuditEventEntity, Long> {
  private static final Sort NEWEST_FIRST = Sort.descending("at", "id");

  Uni<Void> append(AuditEventEntity e) {
    return persist(e).replaceWithVoid();
  }

  Uni<List<AuditView>> newest(AuditAction action, int limit) {
    var query =
        action == null
            ? findAll(NEWEST_FIRST)
            : find("action = :action", NEWEST_FIRST, Parameters.with("action", action));
    return query
        .page(Page.ofSize(limit))
        .list()
        .map(l -> l.stream().map(AuditEventEntity::view).toList());
  }

  /**
   * The project's own events, those of its site (membership, devices, alert settings) and those of
   * its contract (signatures, made before the project existed).
   */
  Uni<List<AuditView>> ofProject(String projectId, ProjectAuditScope.Scope scope, int limit) {
    return find(
            "projectId = :project or siteId = :site or subject = :contract",
            NEWEST_FIRST,
            Parameters.with("project", projectId)
                .and("site", scope.siteId())
                .and("contract", scope.contractId()))
        .page(Page.ofSize(limit))
        .list()
        .map(l -> l.stream().map(AuditEventEntity::view).toList());
  }
}
