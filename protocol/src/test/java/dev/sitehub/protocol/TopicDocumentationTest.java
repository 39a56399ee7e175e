package dev.sitehub.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Verifies that docs/protocol.md documents exactly the topics and payload records the code defines,
 * with the same publisher, subscriber, QoS and retain flag.
 */
class TopicDocumentationTest {
  private static final Path DOC = Path.of("..", "docs", "protocol.md");

  private static String doc() throws IOException {
    return Files.readString(DOC);
  }

  @Test
  void topicTable_matchesTopicKind() throws IOException {
    String d = doc();
    String table =
        d.substring(d.indexOf("<!-- topic-table:start -->"), d.indexOf("<!-- topic-table:end -->"));
    Map<String, String[]> rows = new HashMap<>();
    for (String line : table.split("\n")) {
      String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
      if (cells.length == 8 && cells[1].matches("[A-Z_]+")) {
        rows.put(cells[1], cells);
      }
    }
    assertThat(rows.keySet())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(TopicKind.values()).map(Enum::name).toList());
    for (TopicKind k : TopicKind.values()) {
      String[] c = rows.get(k.name());
      assertThat(c[4]).as(k + " publisher").isEqualTo(k.publisher().name());
      assertThat(c[5]).as(k + " subscriber").isEqualTo(k.subscriber().name());
      assertThat(c[6]).as(k + " qos").isEqualTo(Integer.toString(k.maxQos()));
      assertThat(c[7]).as(k + " retained").isEqualTo(k.retainAllowed() ? "yes" : "no");
      assertThat(c[2]).as(k + " topic").isEqualTo("`" + template(k) + "`");
    }
  }

  @Test
  void payloadSections_matchMessageRecords() throws IOException {
    Matcher m = Pattern.compile("(?m)^### (\\w+)$").matcher(doc());
    Set<String> documented = new TreeSet<>();
    while (m.find()) {
      documented.add(m.group(1));
    }
    // Top-level payloads: one per topic kind. Nested records are documented inside them.
    Set<String> payloads =
        Set.of(
            "TelemetryBatch",
            "DeviceEvent",
            "DeviceStatus",
            "Heartbeat",
            "Command",
            "CommandResult",
            "ProvisionRequest",
            "ProvisionResponse",
            "Frame");
    assertThat(documented).containsExactlyInAnyOrderElementsOf(payloads);
    File dir = new File("src/main/java/dev/sitehub/protocol/message");
    Set<String> records =
        Arrays.stream(dir.list()).map(f -> f.replace(".java", "")).collect(Collectors.toSet());
    assertThat(records).containsAll(payloads);
  }

  private static String template(TopicKind k) {
    return switch (k.scope()) {
      case DEVICE -> Topics.device(k, "S", "D").replace("/S/D/", "/{site}/{device}/");
      case CAMERA ->
          Topics.frame("S", "D", "C")
              .replace("/S/D/", "/{site}/{device}/")
              .replace("/C", "/{camera}");
      case CLIENT -> Topics.provisioning(k, "C").replace("/C/", "/{client}/");
    };
  }
}
