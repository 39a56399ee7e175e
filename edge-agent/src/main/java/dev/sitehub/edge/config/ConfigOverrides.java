package dev.sitehub.edge.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Changes made remotely by {@code config_set}, kept in their own file next to the data so the
 * installer's file stays untouched. Only sampling, camera and heartbeat keys may change remotely: a
 * bad broker or identity value could cut the box off for good.
 */
public final class ConfigOverrides {
  private final Path file;
  private final Map<String, String> base;

  public ConfigOverrides(Path file, Map<String, String> base) {
    this.file = file;
    this.base = Map.copyOf(base);
  }

  /** The base values with the stored overrides applied. */
  public Map<String, String> current() {
    Map<String, String> m = new HashMap<>(base);
    m.putAll(load());
    return m;
  }

  /**
   * The installed configuration with the stored overrides applied; the installed one alone if the
   * overrides no longer validate (for example after the installer changed the file).
   */
  public AgentConfig effective(AgentConfig installed) {
    if (!Files.exists(file)) {
      return installed;
    }
    try {
      return AgentConfig.from(new ConfigSource(current()));
    } catch (ConfigException e) {
      System.getLogger(ConfigOverrides.class.getName())
          .log(System.Logger.Level.WARNING, "ignoring stored overrides: " + e.getMessage());
      return installed;
    }
  }

  /** Validates the changes against the full config, stores them, and returns the new config. */
  public AgentConfig apply(Map<String, String> changes) {
    for (String key : changes.keySet()) {
      if (!remotelyChangeable(key)) {
        throw new ConfigException(key, "cannot be changed remotely");
      }
    }
    Map<String, String> merged = current();
    merged.putAll(changes);
    AgentConfig validated = AgentConfig.from(new ConfigSource(merged));
    Map<String, String> stored = new TreeMap<>(load());
    stored.putAll(changes);
    save(stored);
    return validated;
  }

  static boolean remotelyChangeable(String key) {
    return key.startsWith("sensors.") && !key.endsWith("-pin") && !key.endsWith("-address")
        || key.startsWith("camera.") && !key.endsWith(".source")
        || key.equals("heartbeat.seconds");
  }

  private Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    if (!Files.exists(file)) {
      return m;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
    return m;
  }

  private void save(Map<String, String> values) {
    Properties p = new Properties();
    p.putAll(values);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        p.store(w, "changed remotely by config_set");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
