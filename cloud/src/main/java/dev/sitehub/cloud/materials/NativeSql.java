package dev.sitehub.cloud.materials;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Statements in SQL on the caller's reactive session, with {@code ?1, ?2...} parameters. */
final class NativeSql {
  private NativeSql() {}

  static Uni<List<Tuple>> rows(String sql, Object... args) {
    return Panache.getSession()
        .chain(
            s -> {
              var q = s.createNativeQuery(sql, Tuple.class);
              for (int i = 0; i < args.length; i++) {
                q.setParameter(i + 1, args[i]);
              }
              return q.getResultList();
            });
  }

  static Uni<Integer> update(String sql, Object... args) {
    return Panache.getSession()
        .chain(
            s -> {
              var q = s.createNativeQuery(sql);
              for (int i = 0; i < args.length; i++) {
                q.setParameter(i + 1, args[i]);
              }
              return q.executeUpdate();
            });
  }

  static Instant instant(Object v) {
    if (v == null || v instanceof Instant) {
      return (Instant) v;
    }
    if (v instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((java.util.Date) v).toInstant();
  }
}
