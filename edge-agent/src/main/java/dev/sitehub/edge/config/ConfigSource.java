package dev.sitehub.edge.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Raw key/value pairs from a properties file with environment overrides, and typed getters that
 * fail with a {@link ConfigException} naming the key. Key {@code broker.port} is overridden by the
 * environment variable {@code SITEHUB_BROKER_PORT} (upper case, dots and dashes to underscores).
 */
public final class ConfigSource {
  public static final String ENV_PREFIX = "SITEHUB_";
  private final Map<String, String> values;

  public ConfigSource(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Reads the file (which may be absent when {@code file} is null) and applies the overrides. */
  public static ConfigSource load(Path file, Map<String, String> env) {
    Map<String, String> merged = new HashMap<>();
    if (file != null) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new ConfigException("config file", "cannot read " + file + ": " + e.getMessage());
      }
      p.stringPropertyNames().forEach(k -> merged.put(k, p.getProperty(k).trim()));
    }
    AgentConfig.KEYS.forEach(key -> override(merged, env, key));
    for (String camera : merged.getOrDefault("cameras", "").split(",")) {
      if (!camera.isBlank()) {
        for (String name : CameraSettings.KEY_NAMES) {
          override(merged, env, "camera." + camera.trim() + "." + name);
        }
      }
    }
    return new ConfigSource(merged);
  }

  private static void override(Map<String, String> merged, Map<String, String> env, String key) {
    String v = env.get(envName(key));
    if (v != null) {
      merged.put(key, v.trim());
    }
  }

  public static String envName(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public Map<String, String> asMap() {
    return values;
  }

  public String string(String key, String def) {
    String v = values.get(key);
    return v == null || v.isEmpty() ? def : v;
  }

  public int integer(String key, int def, int min, int max) {
    String v = values.get(key);
    if (v == null || v.isEmpty()) {
      return def;
    }
    try {
      int i = Integer.parseInt(v);
      if (i < min || i > max) {
        throw new ConfigException(key, "must be between " + min + " and " + max + ", was " + i);
      }
      return i;
    } catch (NumberFormatException e) {
      throw new ConfigException(key, "not an integer: '" + v + "'");
    }
  }

  public long longValue(String key, long def, long min) {
    String v = values.get(key);
    if (v == null || v.isEmpty()) {
      return def;
    }
    try {
      long l = Long.parseLong(v);
      if (l < min) {
        throw new ConfigException(key, "must be at least " + min + ", was " + l);
      }
      return l;
    } catch (NumberFormatException e) {
      throw new ConfigException(key, "not an integer: '" + v + "'");
    }
  }

  public double decimal(String key, double def) {
    String v = values.get(key);
    if (v == null || v.isEmpty()) {
      return def;
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw new ConfigException(key, "must be finite");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new ConfigException(key, "not a number: '" + v + "'");
    }
  }

  public boolean bool(String key, boolean def) {
    String v = values.get(key);
    if (v == null || v.isEmpty()) {
      return def;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new ConfigException(key, "not a boolean: '" + v + "'");
    };
  }

  /** Seconds as a positive integer. */
  public Duration seconds(String key, long def) {
    return Duration.ofSeconds(longValue(key, def, 1));
  }

  public Duration millis(String key, long def) {
    return Duration.ofMillis(longValue(key, def, 0));
  }

  public LocalTime time(String key, String def) {
    String v = string(key, def);
    try {
      return LocalTime.parse(v);
    } catch (DateTimeParseException e) {
      throw new ConfigException(key, "not a time of day HH:mm: '" + v + "'");
    }
  }

  public <E extends Enum<E>> E enumValue(String key, Class<E> type, E def) {
    String v = values.get(key);
    if (v == null || v.isEmpty()) {
      return def;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key, "unknown value '" + v + "'");
    }
  }
}
