package dev.sitehub.cloud.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical serialisation records are hashed over: JSON with keys sorted, no whitespace, and
 * only strings, integers, booleans, null, lists and maps, so the same content always gives the same
 * bytes whatever produced it.
 */
public final class Canonical {
  public static final String GENESIS = "0".repeat(64);

  private Canonical() {}

  public static String json(Object value) {
    StringBuilder b = new StringBuilder();
    write(b, value);
    return b.toString();
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The hash of a record: over its fields and its media references. */
  public static String recordHash(EvidenceRecord r) {
    Map<String, Object> all = new TreeMap<>(r.fields());
    all.put(
        "_media",
        r.media().stream()
            .map(m -> Map.<String, Object>of("key", m.key(), "sha256", m.sha256()))
            .toList());
    return sha256(json(all));
  }

  /**
   * The hash of a link under rule 1, for links filed before the append time was hashed: binds the
   * previous link, the position and the record's hash.
   */
  public static String linkHash(
      String prevHash,
      String projectId,
      long seq,
      RecordKind kind,
      String recordId,
      String recordHash) {
    return sha256(
        String.join(
            "\n", prevHash, projectId, Long.toString(seq), kind.name(), recordId, recordHash));
  }

  /**
   * The hash of a link under the rule its row names: rule 1 as above, rule 2 also binds the append
   * time (as an ISO-8601 instant, at the database's microsecond precision).
   */
  static String linkHash(int hashVersion, ChainLink l, String prevHash) {
    return switch (hashVersion) {
      case 1 -> linkHash(prevHash, l.projectId(), l.seq(), l.kind(), l.recordId(), l.recordHash());
      case HASH_VERSION ->
          sha256(
              String.join(
                  "\n",
                  prevHash,
                  l.projectId(),
                  Long.toString(l.seq()),
                  l.kind().name(),
                  l.recordId(),
                  l.recordHash(),
                  l.appendedAt().toString()));
      default -> throw new IllegalArgumentException("unknown hash rule " + hashVersion);
    };
  }

  /** The rule new links are hashed by. */
  static final int HASH_VERSION = 2;

  private static void write(StringBuilder b, Object v) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String s) {
      string(b, s);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      b.append(((Number) v).longValue());
    } else if (v instanceof Boolean bool) {
      b.append(bool);
    } else if (v instanceof Enum<?> e) {
      string(b, e.name());
    } else if (v instanceof Map<?, ?> m) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : sorted(m).entrySet()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        string(b, e.getKey());
        b.append(':');
        write(b, e.getValue());
      }
      b.append('}');
    } else if (v instanceof List<?> l) {
      b.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        write(b, l.get(i));
      }
      b.append(']');
    } else {
      // Doubles and dates have more than one textual form; callers must pick one explicitly.
      throw new IllegalArgumentException("not canonical: " + v.getClass().getSimpleName());
    }
  }

  private static TreeMap<String, Object> sorted(Map<?, ?> m) {
    TreeMap<String, Object> t = new TreeMap<>();
    m.forEach((k, val) -> t.put(String.valueOf(k), val));
    return t;
  }

  private static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
