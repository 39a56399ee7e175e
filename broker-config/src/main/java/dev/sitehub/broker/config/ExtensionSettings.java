package dev.sitehub.broker.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything the SiteHub extension needs to run, whether loaded from {@code
 * sitehub-extension.properties} or given by the embedded launcher.
 *
 * @param jdbcUrl PostgreSQL URL of the credential store (tables mqtt_principal, mqtt_claim)
 * @param jdbcUser database user; the extension only reads
 * @param jdbcPassword database password, may be empty; never logged
 * @param poolSize most pooled JDBC connections
 * @param cacheTtl how long a principal row is trusted before it is read again; bounds how late a
 *     revoked device can still connect
 * @param revocationInterval how often connected principals are re-checked against the store
 * @param cloudUsername username of the cloud service principal (a row of kind 'cloud')
 * @param maxFrameBytes largest camera frame payload a device may publish
 * @param maxJsonBytes largest payload on every other topic
 */
public record ExtensionSettings(
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    int poolSize,
    Duration cacheTtl,
    Duration revocationInterval,
    String cloudUsername,
    int maxFrameBytes,
    int maxJsonBytes) {

  public ExtensionSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(jdbcUser, "jdbcUser");
    jdbcPassword = jdbcPassword == null ? "" : jdbcPassword;
    require(jdbcUrl.startsWith("jdbc:postgresql:"), "jdbc url must start with jdbc:postgresql:");
    require(poolSize >= 1, "pool size must be >= 1");
    require(!cacheTtl.isNegative(), "cache ttl must not be negative");
    require(
        revocationInterval.compareTo(Duration.ofMillis(100)) >= 0,
        "revocation interval must be >= 100 ms");
    require(cloudUsername != null && !cloudUsername.isBlank(), "cloud username is required");
    require(maxFrameBytes >= 1, "max frame bytes must be >= 1");
    require(maxJsonBytes >= 1, "max json bytes must be >= 1");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new SettingsException(message);
    }
  }

  /** Keeps the password out of logs and exception messages. */
  @Override
  public String toString() {
    return "ExtensionSettings[jdbcUrl="
        + jdbcUrl
        + ", jdbcUser="
        + jdbcUser
        + ", poolSize="
        + poolSize
        + ", cacheTtl="
        + cacheTtl
        + ", revocationInterval="
        + revocationInterval
        + ", cloudUsername="
        + cloudUsername
        + ", maxFrameBytes="
        + maxFrameBytes
        + ", maxJsonBytes="
        + maxJsonBytes
        + "]";
  }
}
