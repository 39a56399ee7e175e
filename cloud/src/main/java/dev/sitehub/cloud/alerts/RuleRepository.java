package dev.sitehub.cloud.alerts;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Site rules through Hibernate Reactive; each method is work for a unit of work. */
@ApplicationScoped
class RuleRepository implements PanacheRepositoryBase<RuleEntity, RuleEntity.Key> {

  Uni<List<AlertRule>> rules(String siteId) {
    return list("siteId = ?1 order by code", siteId)
        .map(l -> l.stream().map(RuleEntity::rule).toList());
  }

  Uni<Void> insert(String siteId, List<AlertRule> rules) {
    return getSession()
        .chain(
            s ->
                s.persistAll(rules.stream().map(r -> new RuleEntity(siteId, r)).toArray())
                    .chain(s::flush));
  }

  /** Deletes one rule; true if there was one. */
  Uni<Boolean> remove(String siteId, String code) {
    return delete("siteId = ?1 and code = ?2", siteId, code).map(n -> n > 0);
  }
}
