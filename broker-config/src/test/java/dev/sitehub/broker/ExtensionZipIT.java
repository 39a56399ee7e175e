package dev.sitehub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.configuration.service.InternalConfigurations;
import com.hivemq.embedded.EmbeddedHiveMQ;
import dev.sitehub.broker.embedded.BrokerConfigXml;
import dev.sitehub.protocol.Topics;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged zip, unpacked into a broker's extensions/ folder and loaded the way a stock HiveMQ
 * loads it (own class loader, no-arg main, settings from sitehub-extension.properties). Runs
 * without Docker; ExtensionZipContainerIT does the same in the official image where Docker exists.
 */
class ExtensionZipIT {
  static final Path ZIP = Path.of("target", "sitehub-extension-" + projectVersion() + ".zip");

  private static String projectVersion() {
    // Failsafe runs from the module folder; the zip is named after the project version.
    return System.getProperty("project.version", "0.1.0-SNAPSHOT");
  }

  @Test
  void extensionsFolder_withUnpackedZip_authenticatesAndAuthorizes(@TempDir Path dir)
      throws Exception {
    Path extensions = Files.createDirectories(dir.resolve("extensions"));
    unzip(ZIP, extensions);
    Path home = extensions.resolve("sitehub-extension");
    assertThat(home.resolve("hivemq-extension.xml")).exists();
    try (ContractDatabase db = ContractDatabase.create()) {
      Files.writeString(
          home.resolve("sitehub-extension.properties"),
          "sitehub.jdbc.url="
              + db.jdbcUrl()
              + "\nsitehub.jdbc.user="
              + ContractDatabase.USER
              + "\n");
      String secret = db.addDevice("site-z", "dev-z");
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      Path conf = Files.createDirectories(dir.resolve("conf"));
      Files.writeString(
          conf.resolve("config.xml"), BrokerConfigXml.render(port, true, 1000, 2_000_000));
      EmbeddedHiveMQ hivemq =
          EmbeddedHiveMQ.builder()
              .withConfigurationFolder(conf)
              .withDataFolder(Files.createDirectories(dir.resolve("data")))
              .withExtensionsFolder(extensions)
              .withoutLoggingBootstrap()
              .build();
      InternalConfigurations.AUTH_DENY_UNAUTHENTICATED_CONNECTIONS.set(true);
      try {
        hivemq.start().get(60, TimeUnit.SECONDS);
        MqttClients clients = new MqttClients("tcp://127.0.0.1:" + port);
        assertThat(clients.refusalCode("anon-z", null, null)).isEqualTo(0x86);
        assertThat(clients.refusalCode("dev-z", "dev-z", "wrong")).isEqualTo(0x86);
        MqttClient device = clients.connect("dev-z", "dev-z", secret);
        try {
          byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
          assertThat(MqttClients.publish(device, Topics.telemetry("site-z", "dev-z"), json, 1)[0])
              .isLessThan(0x80);
          assertThat(MqttClients.publish(device, Topics.telemetry("site-z", "dev-y"), json, 1))
              .containsExactly(0x87);
        } finally {
          MqttClients.quietlyClose(device);
        }
      } finally {
        hivemq.close();
      }
    }
  }

  static Path unzip(Path zip, Path target) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path out = target.resolve(e.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("zip entry escapes the target: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(in, out);
        }
      }
    }
    return target;
  }
}
