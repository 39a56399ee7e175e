package dev.sitehub.cloud.common;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Statements in SQL on the caller's reactive session (the unit of work the caller runs in), with
 * {@code ?1, ?2...} parameters, for features whose queries are clearest in SQL.
 */
public final class NativeSql {
  private NativeSql() {}

  public static Uni<List<Tuple>> rows(String sql, Object... args) {
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

  public static Uni<Integer> update(String sql, Object... args) {
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

  public static Instant instant(Object v) {
    if (v == null || v instanceof Instant) {
      return (Instant) v;
    }
    if (v instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((java.util.Date) v).toInstant();
  }
}
