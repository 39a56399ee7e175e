package dev.sitehub.edge.it;

import dev.sitehub.edge.AgentHardware;
import dev.sitehub.edge.EdgeAgent;
import dev.sitehub.edge.camera.FrameSources;
import dev.sitehub.edge.config.AgentConfig;
import dev.sitehub.edge.config.ConfigSource;
import dev.sitehub.edge.provisioning.DeviceCredentials;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.ParsedTopic;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds bare agents (no sensors, no cameras) for the durability tests, and reads seqs back. */
final class TestAgents {
  private TestAgents() {}

  static AgentConfig config(int port, Path dataDir, Map<String, String> extra) {
    Map<String, String> m = new HashMap<>();
    m.put("broker.host", "127.0.0.1");
    m.put("broker.port", Integer.toString(port));
    m.put("broker.tls", "false");
    m.put("broker.reconnect-min-ms", "200");
    m.put("broker.reconnect-max-ms", "1000");
    m.put("data.dir", dataDir.toString());
    m.put("heartbeat.seconds", "5");
    m.putAll(extra);
    return AgentConfig.from(new ConfigSource(m));
  }

  static EdgeAgent start(AgentConfig config, DeviceCredentials creds) {
    AgentHardware hw =
        new AgentHardware(
            null,
            FrameSources.standard(),
            d -> {
              throw new java.io.IOException("none");
            },
            false);
    return EdgeAgent.start(config, creds, hw, Clock.systemUTC(), () -> {});
  }

  static long telemetry(EdgeAgent agent, double value) {
    return agent.recordTelemetry(
        List.of(Reading.of("gen", SensorKind.TEMPERATURE, Instant.now(), value)));
  }

  /** The seq of a received telemetry batch or event (both carry one). */
  static long seqOf(MessageCodec codec, CloudClient.Received r) {
    ParsedTopic t = Topics.parse(r.topic()).value();
    return switch (t.kind()) {
      case TELEMETRY -> codec.decodeTelemetry(t, r.payload()).value().seq();
      case EVENT -> codec.decodeEvent(t, r.payload()).value().seq();
      default -> throw new IllegalArgumentException("no seq on " + t.kind());
    };
  }
}
