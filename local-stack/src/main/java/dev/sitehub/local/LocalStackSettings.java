package dev.sitehub.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * Settings of the local stack, each from an environment variable with a default.
 *
 * @param dataDir {@code SITEHUB_DATA_DIR}, default {@code ./data}: database, broker and edge state,
 *     kept between runs
 * @param externalJdbcUrl {@code SITEHUB_DB_JDBC_URL}: use this database instead of the embedded one
 * @param dbUser {@code SITEHUB_DB_USER}, default {@code postgres}
 * @param dbPassword {@code SITEHUB_DB_PASSWORD}, default empty
 * @param mqttPort {@code SITEHUB_MQTT_PORT}, default 1883; a free port is chosen if it is taken
 * @param httpPort {@code SITEHUB_HTTP_PORT}, default 8080; a free port is chosen if it is taken
 * @param managementPort {@code SITEHUB_MANAGEMENT_PORT}, default 9000 (health, metrics, API docs;
 *     loopback only); a free port is chosen if it is taken
 * @param cloudJar {@code SITEHUB_CLOUD_JAR}, default {@code
 *     cloud/target/quarkus-app/quarkus-run.jar}
 * @param simulate {@code SITEHUB_SIMULATE}, default true: run one simulated site
 */
record LocalStackSettings(
    Path dataDir,
    String externalJdbcUrl,
    String dbUser,
    String dbPassword,
    int mqttPort,
    int httpPort,
    int managementPort,
    Path cloudJar,
    boolean simulate) {

  static LocalStackSettings from(Map<String, String> env) {
    return new LocalStackSettings(
        Path.of(env.getOrDefault("SITEHUB_DATA_DIR", "data")).toAbsolutePath(),
        env.get("SITEHUB_DB_JDBC_URL"),
        env.getOrDefault("SITEHUB_DB_USER", "postgres"),
        env.getOrDefault("SITEHUB_DB_PASSWORD", ""),
        Integer.parseInt(env.getOrDefault("SITEHUB_MQTT_PORT", "1883")),
        Integer.parseInt(env.getOrDefault("SITEHUB_HTTP_PORT", "8080")),
        Integer.parseInt(env.getOrDefault("SITEHUB_MANAGEMENT_PORT", "9000")),
        Path.of(env.getOrDefault("SITEHUB_CLOUD_JAR", "cloud/target/quarkus-app/quarkus-run.jar"))
            .toAbsolutePath(),
        Boolean.parseBoolean(env.getOrDefault("SITEHUB_SIMULATE", "true")));
  }
}
