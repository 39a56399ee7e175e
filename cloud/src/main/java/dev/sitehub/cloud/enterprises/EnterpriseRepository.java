package dev.sitehub.cloud.enterprises;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Enterprises, their library search and rating totals, through Hibernate Reactive; each method is
 * work for a {@link dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class EnterpriseRepository implements PanacheRepositoryBase<EnterpriseEntity, String> {

  Uni<Boolean> creditCodeTaken(String creditCode) {
    return count("creditCode", creditCode).map(n -> n > 0);
  }

  Uni<Optional<Enterprise>> find(String enterpriseId) {
    return findById(enterpriseId).map(e -> Optional.ofNullable(e).map(EnterpriseEntity::view));
  }

  /** The stored row under a row lock, or null. */
  Uni<EnterpriseEntity> locked(String enterpriseId) {
    return findById(enterpriseId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Finds several at once (one query), for callers that must avoid N+1 lookups. */
  Uni<List<Enterprise>> findAll(List<String> enterpriseIds) {
    if (enterpriseIds.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return list("id in ?1", enterpriseIds)
        .map(l -> l.stream().map(EnterpriseEntity::view).toList());
  }

  Uni<List<Enterprise>> pending(int limit) {
    return find("status = ?1 order by createdAt", EnterpriseStatus.PENDING)
        .range(0, limit - 1)
        .list()
        .map(l -> l.stream().map(EnterpriseEntity::view).toList());
  }

  /** Whether the person registered the enterprise. */
  Uni<Boolean> registeredBy(String enterpriseId, String userId) {
    return count("id = ?1 and createdBy = ?2", enterpriseId, userId).map(n -> n > 0);
  }

  /**
   * The page, read in stored-score order so PostgreSQL can stop after one page, and the number of
   * all matches from a second, index-only count.
   */
  Uni<LibraryResult> search(LibraryQuery q) {
    // Native SQL: array containment and the score-ordered partial indexes are clearest in SQL.
    StringBuilder where = new StringBuilder(" FROM enterprise e WHERE e.status = 'VERIFIED'");
    List<Object> args = new ArrayList<>();
    if (q.type() != null) {
      args.add(q.type().name());
      where.append(" AND e.type = ?").append(args.size());
    }
    if (q.city() != null) {
      args.add(q.city());
      where.append(" AND e.city = ?").append(args.size());
    }
    if (q.district() != null) {
      args.add(q.district());
      where.append(" AND e.district = ?").append(args.size());
    }
    if (q.specialty() != null) {
      args.add(q.specialty());
      where.append(" AND e.specialties @> ARRAY[CAST(?").append(args.size()).append(" AS text)]");
    }
    if (q.minPriceBand() != null) {
      args.add(q.minPriceBand());
      where.append(" AND e.price_band >= CAST(?").append(args.size()).append(" AS integer)");
    }
    if (q.maxPriceBand() != null) {
      args.add(q.maxPriceBand());
      where.append(" AND e.price_band <= CAST(?").append(args.size()).append(" AS integer)");
    }
    if (q.minScore() != null) {
      args.add(q.minScore());
      where.append(" AND e.rating_score >= CAST(?").append(args.size()).append(" AS float8)");
    }
    String page =
        "SELECT e.*"
            + where
            + " ORDER BY e.rating_score DESC, e.rating_count DESC, e.enterprise_id LIMIT "
            + q.size()
            + " OFFSET "
            + ((long) q.page() * q.size());
    return getSession()
        .chain(
            s -> {
              var pageQuery = s.createNativeQuery(page, EnterpriseEntity.class);
              for (int i = 0; i < args.size(); i++) {
                pageQuery.setParameter(i + 1, args.get(i));
              }
              return pageQuery
                  .getResultList()
                  .chain(
                      rows -> {
                        List<Enterprise> items = rows.stream().map(EnterpriseEntity::view).toList();
                        if (q.page() == 0 && items.size() < q.size()) {
                          // the whole result fits on the first page: no count needed
                          return Uni.createFrom().item(new LibraryResult(items, items.size()));
                        }
                        var countQuery = s.createNativeQuery("SELECT count(*)" + where, Long.class);
                        for (int i = 0; i < args.size(); i++) {
                          countQuery.setParameter(i + 1, args.get(i));
                        }
                        return countQuery.getSingleResult().map(n -> new LibraryResult(items, n));
                      });
            });
  }

  /** Recomputes every stored score whose value differs under {@code rating}; returns the count. */
  Uni<Integer> rescore(BayesianRating rating) {
    return getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "UPDATE enterprise SET rating_score = (CAST(?1 AS float8) * CAST(?2 AS float8)"
                            + " + rating_sum) / (CAST(?1 AS float8) + rating_count)"
                            + " WHERE rating_score IS DISTINCT FROM (CAST(?1 AS float8)"
                            + " * CAST(?2 AS float8) + rating_sum) / (CAST(?1 AS float8) + rating_count)")
                    .setParameter(1, rating.priorWeight())
                    .setParameter(2, rating.priorMean())
                    .executeUpdate());
  }

  /** Folds one evaluation's stars into the enterprise's running totals and stored score. */
  Uni<Void> fold(Evaluation ev, BayesianRating rating) {
    return locked(ev.enterpriseId())
        .invoke(
            e -> {
              e.ratingCount += 1;
              e.ratingSum += ev.stars();
              e.ratingScore = rating.score(e.ratingCount, e.ratingSum);
            })
        .chain(e -> flush());
  }

  /** A page of matches and the total count. */
  record LibraryResult(List<Enterprise> items, long total) {}
}
