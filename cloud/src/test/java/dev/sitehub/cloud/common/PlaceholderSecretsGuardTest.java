package dev.sitehub.cloud.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PlaceholderSecretsGuardTest {

  @Test
  void placeholders_shippedPlaceholders_namedWithoutValues() {
    Map<String, String> config =
        Map.of(
            "quarkus.datasource.password", "change-me",
            "sitehub.mqtt.password", "change-me-too",
            "sitehub.live.ticket-secret", "kJ3v9QeT1xZr7bWm2pLs8yDn");

    assertThat(PlaceholderSecretsGuard.placeholders(k -> Optional.ofNullable(config.get(k))))
        .containsExactly("quarkus.datasource.password", "sitehub.mqtt.password");
  }

  @Test
  void placeholders_realOrUnsetSecrets_none() {
    Map<String, String> config =
        Map.of(
            "quarkus.datasource.password", "",
            "sitehub.mqtt.password", "Zq8-xY2_vB7nM4kL0pR6sT3w");

    assertThat(PlaceholderSecretsGuard.placeholders(k -> Optional.ofNullable(config.get(k))))
        .isEmpty();
  }

  /** A secret added to application.properties without adding it to the guard fails here. */
  @Test
  void secrets_coverEverySecretInApplicationProperties() throws Exception {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
      props.load(r);
    }
    List<String> secretKeys =
        props.stringPropertyNames().stream()
            .map(k -> k.startsWith("%") ? k.substring(k.indexOf('.') + 1) : k)
            .filter(k -> k.matches(".*(password|secret).*"))
            .distinct()
            .toList();

    assertThat(secretKeys).isNotEmpty();
    assertThat(PlaceholderSecretsGuard.SECRETS).containsAll(secretKeys);
  }
}
