package dev.sitehub.broker.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.broker.embedded.BrokerConfigXml;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import dev.sitehub.protocol.ProtocolLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped conf/ files must be valid HiveMQ configs and sized for our largest frame. */
class ConfFilesTest {
  private static final Path CONF = Path.of("conf");
  private static final Pattern PACKET =
      Pattern.compile("<max-packet-size>(\\d+)</max-packet-size>");

  private static List<Path> configs() throws IOException {
    try (Stream<Path> examples = Files.list(CONF.resolve("examples"))) {
      return Stream.concat(Stream.of(CONF.resolve("config.xml")), examples)
          .filter(p -> p.toString().endsWith(".xml"))
          .toList();
    }
  }

  @Test
  void confFiles_all_validAgainstHiveMqSchema() throws IOException {
    List<Path> files = configs();
    assertThat(files).hasSizeGreaterThanOrEqualTo(3);
    for (Path file : files) {
      BrokerConfigXml.validate(Files.readString(file));
    }
  }

  @Test
  void confFiles_maxPacketSize_fitsLargestFrameWithProperties() throws IOException {
    for (Path file : configs()) {
      Matcher m = PACKET.matcher(Files.readString(file));
      assertThat(m.find()).as(file + " sets max-packet-size").isTrue();
      assertThat(Integer.parseInt(m.group(1)))
          .as(file.toString())
          .isGreaterThanOrEqualTo(ProtocolLimits.DEFAULT_MAX_FRAME_BYTES + 1024);
    }
  }

  @Test
  void confFiles_queueSize_raisedAboveHiveMqDefault() throws IOException {
    for (Path file : configs()) {
      assertThat(Files.readString(file)).as(file.toString()).contains("<max-queue-size>100000<");
    }
  }

  @Test
  void productionConfig_throttlesEachClient_asTheEmbeddedBrokerConstant() throws IOException {
    assertThat(Files.readString(CONF.resolve("config.xml")))
        .contains(
            "<incoming-bandwidth-throttling>"
                + EmbeddedBrokerConfig.DEVICE_INCOMING_BYTES_PER_SECOND
                + "</incoming-bandwidth-throttling>");
  }
}
