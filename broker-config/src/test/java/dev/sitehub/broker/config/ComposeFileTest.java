package dev.sitehub.broker.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.protocol.PlaceholderSecrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment in docker-compose.yml fails closed (issue 17): no secret has a default, the
 * example environment holds only placeholders the services refuse, HiveMQ's allow-all extension is
 * off, plain MQTT is not published on the host, and the simulated box uses TLS. CI has no Docker
 * engine, so these are checked on the file itself.
 */
class ComposeFileTest {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(:?[-?])?([^}]*)}");
  private static String compose;
  private static Map<String, String> example;

  @BeforeAll
  static void read() throws IOException {
    Path root = Path.of("..");
    compose = Files.readString(root.resolve("docker-compose.yml"));
    example = new LinkedHashMap<>();
    for (String line : Files.readAllLines(root.resolve(".env.example"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int eq = line.indexOf('=');
        example.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
  }

  @Test
  void secrets_requiredWithoutDefaults() {
    List<String> secrets = secretVariables();
    assertThat(secrets).contains("SITEHUB_DB_PASSWORD", "SITEHUB_MQTT_PASSWORD");
    Matcher m = VARIABLE.matcher(compose);
    while (m.find()) {
      if (secrets.contains(m.group(1))) {
        assertThat(m.group(2)).as("${%s} must be required (:?)", m.group(1)).isEqualTo(":?");
      }
    }
  }

  @Test
  void envExample_listsEverySecret_andOnlyPlaceholdersTheServicesRefuse() {
    for (String secret : secretVariables()) {
      assertThat(example).as(".env.example lists " + secret).containsKey(secret);
      assertThat(PlaceholderSecrets.isPlaceholder(example.get(secret)))
          .as(".env.example value of %s is a refused placeholder", secret)
          .isTrue();
    }
  }

  @Test
  void broker_allowAllOff_plainMqttNotPublished_tlsPublished() {
    assertThat(compose).contains("HIVEMQ_ALLOW_ALL_CLIENTS: \"false\"");
    assertThat(compose).doesNotContainPattern("-\\s*\"?(\\d+\\.\\d+\\.\\d+\\.\\d+:)?1883:1883");
    assertThat(compose).containsPattern("-\\s*\"8883:8883\"");
  }

  @Test
  void simulatedBox_connectsOverTls() {
    assertThat(compose)
        .contains("SITEHUB_BROKER_PORT: \"8883\"")
        .contains("SITEHUB_BROKER_TLS: \"true\"")
        .doesNotContain("SITEHUB_BROKER_TLS: \"false\"")
        .contains("SITEHUB_BROKER_TRUSTSTORE:");
  }

  /** Every variable named like a password or secret that the file uses. */
  private static List<String> secretVariables() {
    return VARIABLE
        .matcher(compose)
        .results()
        .map(r -> r.group(1))
        .filter(v -> v.contains("PASSWORD") || v.contains("SECRET"))
        .distinct()
        .toList();
  }
}
