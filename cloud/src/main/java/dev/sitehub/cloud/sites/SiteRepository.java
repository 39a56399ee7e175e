package dev.sitehub.cloud.sites;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sites through Hibernate Reactive; each method is work for a unit of work. */
@ApplicationScoped
class SiteRepository implements PanacheRepositoryBase<SiteEntity, String> {
  static final int MAX_LISTED = 1000;

  Uni<Void> insert(SiteEntity site) {
    return persistAndFlush(site).replaceWithVoid();
  }

  /** Edits the site; false if there is no such site. */
  Uni<Boolean> update(String siteId, String name, String address, String timezone, Instant now) {
    return findById(siteId)
        .chain(
            s -> {
              if (s == null) {
                return Uni.createFrom().item(false);
              }
              s.edit(name, address, timezone, now);
              return flush().replaceWith(true);
            });
  }

  Uni<Optional<Site>> view(String siteId) {
    return findById(siteId).map(s -> Optional.ofNullable(s).map(SiteEntity::view));
  }

  Uni<List<Site>> all() {
    return find("order by createdAt, id")
        .range(0, MAX_LISTED - 1)
        .list()
        .map(SiteRepository::views);
  }

  Uni<List<Site>> withIds(List<String> siteIds) {
    if (siteIds.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return list("id in ?1 order by createdAt, id", siteIds).map(SiteRepository::views);
  }

  private static List<Site> views(List<SiteEntity> l) {
    return l.stream().map(SiteEntity::view).toList();
  }
}
