package dev.sitehub.cloud.alerts;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Site rules through Hibernate Reactive; each method is work for a unit of work. */
@ApplicationScoped
class RuleRepository implements PanacheRepositoryBase<RuleEntity, RuleEntity.Key> {
  private static final Logger LOG = Logger.getLogger(RuleRepository.class);

  Uni<List<AlertRule>> rules(String siteId) {
    return list("siteId = ?1 order by code", siteId).map(RuleRepository::valid);
  }

  // A row no kind accepts (edited by hand, say) must not stop the site's other rules.
  private static List<AlertRule> valid(List<RuleEntity> rows) {
    List<AlertRule> out = new ArrayList<>();
    for (RuleEntity row : rows) {
      try {
        out.add(row.rule());
      } catch (InvalidRuleException e) {
        LOG.warnf("alert rule skipped site=%s code=%s: %s", row.siteId, row.code, e.getMessage());
      }
    }
    return out;
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
