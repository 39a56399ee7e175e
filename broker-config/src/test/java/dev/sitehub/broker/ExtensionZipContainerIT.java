package dev.sitehub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.protocol.DeviceSecrets;
import dev.sitehub.protocol.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.hivemq.HiveMQContainer;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The packaged extension zip inside a stock HiveMQ CE image, against PostgreSQL in a container.
 * Skipped without Docker; the embedded tests (AuthenticationTest, AuthorizationTest) are its twin.
 */
@Testcontainers(disabledWithoutDocker = true)
class ExtensionZipContainerIT {
  private static final String CONTRACT = "db/contract/V1_0__broker_contract.sql";

  @Test
  void stockBroker_withExtensionZip_admitsDeviceAndRefusesAnonymous(@TempDir Path dir)
      throws Exception {
    Path extension = ExtensionZipIT.unzip(ExtensionZipIT.ZIP, dir).resolve("sitehub-extension");
    try (Network network = Network.newNetwork();
        PostgreSQLContainer<?> db =
            new PostgreSQLContainer<>(DockerImageName.parse("postgres:15-alpine"))
                .withNetwork(network)
                .withNetworkAliases("db")) {
      db.start();
      String siteId = "site-tc";
      String deviceId = "dev-tc";
      String secret = DeviceSecrets.newSecret();
      try (Connection c =
              DriverManager.getConnection(db.getJdbcUrl(), db.getUsername(), db.getPassword());
          Statement st = c.createStatement()) {
        st.execute(contractSql());
        st.execute(
            "INSERT INTO mqtt_principal (principal_id, kind, site_id, secret_hash) VALUES ('"
                + deviceId
                + "', 'device', '"
                + siteId
                + "', '"
                + DeviceSecrets.hash(secret, DeviceSecrets.MIN_ITERATIONS)
                + "')");
      }
      try (HiveMQContainer broker =
          new HiveMQContainer(DockerImageName.parse("hivemq/hivemq-ce").withTag("2025.5"))
              .withoutPrepackagedExtensions()
              .withExtension(MountableFile.forHostPath(extension))
              .withNetwork(network)
              .withEnv("SITEHUB_JDBC_URL", "jdbc:postgresql://db:5432/" + db.getDatabaseName())
              .withEnv("SITEHUB_JDBC_USER", db.getUsername())
              .withEnv("SITEHUB_JDBC_PASSWORD", db.getPassword())) {
        broker.start();
        MqttClients clients =
            new MqttClients("tcp://" + broker.getHost() + ":" + broker.getMqttPort());
        assertThat(clients.refusalCode("anon-1", null, null)).isEqualTo(0x86);
        MqttClient device = clients.connect(deviceId, deviceId, secret);
        try {
          int[] codes =
              MqttClients.publish(
                  device,
                  Topics.telemetry(siteId, deviceId),
                  "{}".getBytes(StandardCharsets.UTF_8),
                  1);
          assertThat(codes[0]).isLessThan(0x80);
        } finally {
          MqttClients.quietlyClose(device);
        }
      }
    }
  }

  private static String contractSql() throws IOException {
    try (InputStream in =
        ExtensionZipContainerIT.class.getClassLoader().getResourceAsStream(CONTRACT)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
