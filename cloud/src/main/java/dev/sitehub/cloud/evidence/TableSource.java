package dev.sitehub.cloud.evidence;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An evidence source defined by SQL: one query for the record's row, optional queries for child
 * rows (as lists) and for media references (key, sha256). Values are normalised so the same stored
 * row always hashes the same whichever driver read it: timestamps as ISO-8601 instants, integers as
 * longs, decimals and dates as their text.
 */
public record TableSource(
    RecordKind kind, String rowSql, Map<String, String> childSql, String mediaSql)
    implements EvidenceSource {

  @Override
  public Uni<Optional<EvidenceRecord>> load(EvidenceRows rows, String recordId) {
    return rows.query(rowSql, recordId)
        .chain(
            found -> {
              if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<EvidenceRecord>empty());
              }
              Map<String, Object> fields = normalised(found.get(0));
              Uni<Void> children = Uni.createFrom().voidItem();
              for (Map.Entry<String, String> child : childSql.entrySet()) {
                children =
                    children.chain(
                        () ->
                            rows.query(child.getValue(), recordId)
                                .invoke(
                                    list ->
                                        fields.put(
                                            child.getKey(),
                                            list.stream()
                                                .map(r -> (Object) normalised(r))
                                                .toList()))
                                .replaceWithVoid());
              }
              Uni<List<MediaRef>> media =
                  mediaSql == null
                      ? Uni.createFrom().item(List.of())
                      : rows.query(mediaSql, recordId)
                          .map(
                              list -> {
                                List<MediaRef> out = new ArrayList<>();
                                for (Map<String, Object> r : list) {
                                  List<Object> v = new ArrayList<>(r.values());
                                  out.add(new MediaRef((String) v.get(0), (String) v.get(1)));
                                }
                                return out;
                              });
              return children
                  .chain(() -> media)
                  .map(m -> Optional.of(new EvidenceRecord(fields, m)));
            });
  }

  private static Map<String, Object> normalised(Map<String, Object> row) {
    Map<String, Object> m = new LinkedHashMap<>();
    row.forEach((k, v) -> m.put(k, normalise(v)));
    return m;
  }

  /** The stored value in the one form it hashes in, whatever Java type the driver chose. */
  static Object normalise(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      return ((Number) v).longValue();
    }
    Instant at = instant(v);
    if (at != null) {
      return at.toString();
    }
    // Dates, decimals, doubles: their text form is stable for a stored value.
    return v.toString();
  }

  /** The instant a timestamp column holds, or null when {@code v} is not a timestamp. */
  static Instant instant(Object v) {
    if (v instanceof Instant i) {
      return i;
    }
    if (v instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (v instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    // A JDBC timestamp is a java.util.Date; a JDBC date is one too but has no instant.
    if (v instanceof java.util.Date d && !"java.sql.Date".equals(v.getClass().getName())) {
      return d.toInstant();
    }
    return null;
  }
}
