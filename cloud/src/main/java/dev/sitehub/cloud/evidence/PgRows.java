package dev.sitehub.cloud.evidence;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evidence SQL run on a plain PostgreSQL connection, for the command-line verifier. */
final class PgRows implements EvidenceRows {
  private final PgConnection connection;

  PgRows(PgConnection connection) {
    this.connection = connection;
  }

  @Override
  public Uni<List<Map<String, Object>>> query(String sql, String id) {
    // PostgreSQL binds $1 wherever it appears, so one parameter serves every placeholder.
    Future<List<Map<String, Object>>> rows =
        connection
            .preparedQuery(sql.replace("?", "$1"))
            .execute(Tuple.of(id))
            .map(
                set -> {
                  List<Map<String, Object>> out = new ArrayList<>();
                  for (Row r : set) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < r.size(); i++) {
                      Object v = r.getValue(i);
                      m.put(r.getColumnName(i), v instanceof Numeric n ? n.bigDecimalValue() : v);
                    }
                    out.add(m);
                  }
                  return out;
                });
    return Uni.createFrom().completionStage(rows.toCompletionStage());
  }
}
