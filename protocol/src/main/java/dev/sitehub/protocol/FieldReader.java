package dev.sitehub.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Reads typed fields from one JSON object, turning every problem into a typed rejection. */
final class FieldReader {
  private final JsonNode node;
  private final String path;
  private final ProtocolLimits limits;
  private final Clock clock;

  FieldReader(JsonNode node, String path, ProtocolLimits limits, Clock clock) {
    if (node == null || !node.isObject()) {
      throw new RejectedException(RejectReason.WRONG_TYPE, path + " must be an object");
    }
    this.node = node;
    this.path = path;
    this.limits = limits;
    this.clock = clock;
  }

  private JsonNode required(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      throw new RejectedException(RejectReason.MISSING_FIELD, path + name);
    }
    return v;
  }

  private boolean present(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  String text(String name) {
    JsonNode v = required(name);
    if (!v.isTextual()) {
      throw new RejectedException(RejectReason.WRONG_TYPE, path + name + " must be a string");
    }
    String s = v.textValue();
    if (s.length() > limits.maxTextLength()) {
      throw new RejectedException(RejectReason.INVALID_VALUE, path + name + " too long");
    }
    return s;
  }

  String optText(String name) {
    return present(name) ? text(name) : null;
  }

  String id(String name) {
    String s = text(name);
    if (!Topics.isValidId(s)) {
      throw new RejectedException(RejectReason.INVALID_VALUE, path + name + " is not a valid id");
    }
    return s;
  }

  long longValue(String name) {
    JsonNode v = required(name);
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new RejectedException(RejectReason.WRONG_TYPE, path + name + " must be an integer");
    }
    return v.longValue();
  }

  long nonNegativeLong(String name) {
    long v = longValue(name);
    if (v < 0) {
      throw new RejectedException(RejectReason.INVALID_VALUE, path + name + " must be >= 0");
    }
    return v;
  }

  int positiveInt(String name) {
    long v = longValue(name);
    if (v <= 0 || v > Integer.MAX_VALUE) {
      throw new RejectedException(RejectReason.INVALID_VALUE, path + name + " out of range");
    }
    return (int) v;
  }

  double finite(String name) {
    JsonNode v = required(name);
    if (!v.isNumber()) {
      throw new RejectedException(RejectReason.WRONG_TYPE, path + name + " must be a number");
    }
    double d = v.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new RejectedException(RejectReason.NON_FINITE_VALUE, path + name);
    }
    return d;
  }

  Double optFinite(String name) {
    return present(name) ? finite(name) : null;
  }

  boolean bool(String name) {
    JsonNode v = required(name);
    if (!v.isBoolean()) {
      throw new RejectedException(RejectReason.WRONG_TYPE, path + name + " must be a boolean");
    }
    return v.booleanValue();
  }

  /** Epoch milliseconds, checked against the clock and the configured skew and age. */
  Instant instant(String name) {
    return checkedInstant(name, true);
  }

  /** Epoch milliseconds checked only against the future bound (Last Will timestamps). */
  Instant instantNotFuture(String name) {
    return checkedInstant(name, false);
  }

  Instant optInstant(String name) {
    return present(name) ? instant(name) : null;
  }

  /** Epoch milliseconds with no range check (command deadlines set by the other side). */
  Instant rawInstant(String name) {
    return Instant.ofEpochMilli(longValue(name));
  }

  Instant optRawInstant(String name) {
    return present(name) ? rawInstant(name) : null;
  }

  private Instant checkedInstant(String name, boolean checkPast) {
    long millis = longValue(name);
    long now = clock.millis();
    if (millis > now + limits.maxFutureSkew().toMillis()
        || (checkPast && millis < now - limits.maxPastAge().toMillis())) {
      throw new RejectedException(RejectReason.TIMESTAMP_OUT_OF_RANGE, path + name);
    }
    return Instant.ofEpochMilli(millis);
  }

  <E> E enumValue(String name, Function<String, Optional<E>> parser) {
    String s = text(name);
    return parser
        .apply(s)
        .orElseThrow(
            () -> new RejectedException(RejectReason.INVALID_VALUE, path + name + " unknown"));
  }

  Map<String, String> stringMap(String name) {
    return map(
        name,
        (key, value) -> {
          if (!value.isTextual()) {
            throw new RejectedException(
                RejectReason.WRONG_TYPE, path + name + " values must be strings");
          }
          if (key.length() > 64 || value.textValue().length() > limits.maxTextLength()) {
            throw new RejectedException(
                RejectReason.INVALID_VALUE, path + name + " entry too long");
          }
          return value.textValue();
        });
  }

  Map<String, Long> longMap(String name) {
    return map(
        name,
        (key, value) -> {
          if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new RejectedException(
                RejectReason.WRONG_TYPE, path + name + " values must be integers");
          }
          return value.longValue();
        });
  }

  /**
   * An optional object field of bounded size, each entry converted (and checked) by {@code entry}.
   */
  private <V> Map<String, V> map(String name, BiFunction<String, JsonNode, V> entry) {
    if (!present(name)) {
      return Map.of();
    }
    JsonNode v = node.get(name);
    if (!v.isObject()) {
      throw new RejectedException(RejectReason.WRONG_TYPE, path + name + " must be an object");
    }
    if (v.size() > limits.maxMapEntries()) {
      throw new RejectedException(RejectReason.INVALID_VALUE, path + name + " has too many keys");
    }
    Map<String, V> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = v.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), entry.apply(e.getKey(), e.getValue()));
    }
    return out;
  }

  List<String> idList(String name) {
    if (!present(name)) {
      return List.of();
    }
    JsonNode v = node.get(name);
    if (!v.isArray()) {
      throw new RejectedException(RejectReason.WRONG_TYPE, path + name + " must be an array");
    }
    if (v.size() > limits.maxMapEntries()) {
      throw new RejectedException(RejectReason.INVALID_VALUE, path + name + " too long");
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw new RejectedException(
            RejectReason.WRONG_TYPE, path + name + " items must be strings");
      }
      if (!Topics.isValidId(e.textValue())) {
        throw new RejectedException(RejectReason.INVALID_VALUE, path + name + " item not an id");
      }
      out.add(e.textValue());
    }
    return out;
  }

  /** The elements of an array field as readers, after checking its size against {@code max}. */
  List<FieldReader> objects(String name, int max, RejectReason tooMany) {
    JsonNode v = required(name);
    if (!v.isArray()) {
      throw new RejectedException(RejectReason.WRONG_TYPE, path + name + " must be an array");
    }
    if (v.size() > max) {
      throw new RejectedException(tooMany, path + name + " has " + v.size() + " > " + max);
    }
    List<FieldReader> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.add(new FieldReader(v.get(i), path + name + "[" + i + "].", limits, clock));
    }
    return out;
  }

  FieldReader object(String name) {
    return new FieldReader(required(name), path + name + ".", limits, clock);
  }

  FieldReader optObject(String name) {
    return present(name) ? object(name) : null;
  }
}
