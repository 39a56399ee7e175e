package dev.sitehub.broker.config;

import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.PlaceholderSecrets;
import dev.sitehub.protocol.ProtocolLimits;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;

/**
 * Reads {@link ExtensionSettings} from {@code sitehub-extension.properties} in the extension
 * folder, where each key can be overridden by an environment variable (see {@link Key}).
 */
public final class SettingsLoader {
  public static final String FILE_NAME = "sitehub-extension.properties";

  /** Every setting, with its property key, environment variable and default. */
  public enum Key {
    JDBC_URL("sitehub.jdbc.url", "SITEHUB_JDBC_URL", null),
    JDBC_USER("sitehub.jdbc.user", "SITEHUB_JDBC_USER", "postgres"),
    JDBC_PASSWORD("sitehub.jdbc.password", "SITEHUB_JDBC_PASSWORD", ""),
    POOL_SIZE("sitehub.jdbc.pool-size", "SITEHUB_JDBC_POOL_SIZE", "4"),
    CACHE_TTL("sitehub.auth.cache-ttl", "SITEHUB_AUTH_CACHE_TTL", "PT10S"),
    REVOCATION_INTERVAL(
        "sitehub.auth.revocation-interval", "SITEHUB_AUTH_REVOCATION_INTERVAL", "PT60S"),
    CLOUD_USERNAME("sitehub.auth.cloud-username", "SITEHUB_AUTH_CLOUD_USERNAME", MqttUsers.CLOUD),
    MAX_FRAME_BYTES(
        "sitehub.acl.max-frame-bytes",
        "SITEHUB_ACL_MAX_FRAME_BYTES",
        Integer.toString(ProtocolLimits.DEFAULT_MAX_FRAME_BYTES)),
    MAX_JSON_BYTES(
        "sitehub.acl.max-json-bytes",
        "SITEHUB_ACL_MAX_JSON_BYTES",
        Integer.toString(ProtocolLimits.defaults().maxJsonBytes()));

    private final String property;
    private final String env;
    private final String defaultValue;

    Key(String property, String env, String defaultValue) {
      this.property = property;
      this.env = env;
      this.defaultValue = defaultValue;
    }

    public String property() {
      return property;
    }

    public String env() {
      return env;
    }
  }

  private SettingsLoader() {}

  /** Loads the file in {@code folder} (it may be absent) and applies {@code env} on top. */
  public static ExtensionSettings load(Path folder, Map<String, String> env) {
    Properties props = new Properties();
    Path file = folder.resolve(FILE_NAME);
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        props.load(reader);
      } catch (IOException e) {
        throw new SettingsException("cannot read " + file, e);
      }
    }
    return from(props, env);
  }

  public static ExtensionSettings from(Properties props, Map<String, String> env) {
    String password = text(Key.JDBC_PASSWORD, props, env);
    if (PlaceholderSecrets.isPlaceholder(password)) {
      // A copied example file must not run: the broker would log in with a published password.
      throw new SettingsException(
          Key.JDBC_PASSWORD.property
              + " (or "
              + Key.JDBC_PASSWORD.env
              + ") is a placeholder: set the real database password");
    }
    return new ExtensionSettings(
        text(Key.JDBC_URL, props, env),
        text(Key.JDBC_USER, props, env),
        password,
        integer(Key.POOL_SIZE, props, env),
        duration(Key.CACHE_TTL, props, env),
        duration(Key.REVOCATION_INTERVAL, props, env),
        text(Key.CLOUD_USERNAME, props, env),
        integer(Key.MAX_FRAME_BYTES, props, env),
        integer(Key.MAX_JSON_BYTES, props, env));
  }

  private static String text(Key key, Properties props, Map<String, String> env) {
    String value = env.get(key.env);
    if (value == null) {
      value = props.getProperty(key.property, key.defaultValue);
    }
    if (value == null) {
      throw new SettingsException(key.property + " (or " + key.env + ") is required");
    }
    return value.trim();
  }

  private static int integer(Key key, Properties props, Map<String, String> env) {
    try {
      return Integer.parseInt(text(key, props, env));
    } catch (NumberFormatException e) {
      throw new SettingsException(key.property + " must be an integer", e);
    }
  }

  private static Duration duration(Key key, Properties props, Map<String, String> env) {
    try {
      return Duration.parse(text(key, props, env));
    } catch (DateTimeParseException e) {
      throw new SettingsException(key.property + " must be an ISO-8601 duration such as PT10S", e);
    }
  }
}
