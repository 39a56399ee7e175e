package dev.sitehub.cloud.evidence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evidence SQL run in the caller's reactive session, so it sees the caller's uncommitted rows. */
final class SessionRows implements EvidenceRows {
  static final SessionRows INSTANCE = new SessionRows();

  private SessionRows() {}

  @Override
  public Uni<List<Map<String, Object>>> query(String sql, String id) {
    String named = sql.replace("?", ":id");
    return Panache.getSession()
        .chain(s -> s.createNativeQuery(named, Tuple.class).setParameter("id", id).getResultList())
        .map(tuples -> tuples.stream().map(SessionRows::row).toList());
  }

  private static Map<String, Object> row(Tuple t) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (TupleElement<?> e : t.getElements()) {
      m.put(e.getAlias(), t.get(e));
    }
    return m;
  }
}
