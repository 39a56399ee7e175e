package dev.sitehub.edge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.edge.provisioning.DeviceCredentials;
import dev.sitehub.edge.sim.SimulatedSite;
import dev.sitehub.edge.sim.SimulationOptions;
import dev.sitehub.protocol.FrameCodec;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.DeviceState;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.FrameReason;
import dev.sitehub.protocol.message.ResultStatus;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulated site's real agent against the embedded broker with the SiteHub extension. */
class SimulatedSiteBrokerTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static BrokerFixture broker;
  private final MessageCodec codec = MessageCodec.withDefaults();
  @TempDir Path dir;

  @BeforeAll
  static void startBroker() {
    broker = BrokerFixture.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  private static String uid(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private CloudClient cloud() throws Exception {
    return new CloudClient(
        broker.serverUri(),
        broker.cloudSecret(),
        uid("cloud"),
        false,
        Topics.allSitesFilter(TopicKind.TELEMETRY),
        Topics.allSitesFilter(TopicKind.EVENT),
        Topics.allSitesFilter(TopicKind.STATUS),
        Topics.allSitesFilter(TopicKind.COMMAND_RESULT),
        Topics.allSitesFilter(TopicKind.FRAME),
        Topics.allSitesFilter(TopicKind.HEARTBEAT));
  }

  private SimulatedSite site() {
    String site = uid("site");
    String device = uid("dev");
    String secret = broker.addDevice(site, device);
    SimulationOptions o =
        SimulationOptions.withCredentials(
                "127.0.0.1", broker.port(), new DeviceCredentials(site, device, secret), dir)
            .withIntervals(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(1));
    return SimulatedSite.start(o);
  }

  private List<DeviceEvent> events(CloudClient c, SimulatedSite s) {
    String topic = Topics.event(s.siteId(), s.deviceId());
    return c.receivedOn(topic).stream()
        .map(r -> codec.decodeEvent(Topics.parse(topic).value(), r.payload()).value())
        .toList();
  }

  private List<DeviceState> states(CloudClient c, String statusTopic) {
    return c.receivedOn(statusTopic).stream()
        .map(
            r -> codec.decodeStatus(Topics.parse(statusTopic).value(), r.payload()).value().state())
        .toList();
  }

  private Optional<CommandResult> result(CloudClient c, SimulatedSite s, String commandId) {
    String topic = Topics.commandResult(s.siteId(), s.deviceId());
    return c.receivedOn(topic).stream()
        .map(r -> codec.decodeCommandResult(Topics.parse(topic).value(), r.payload()).value())
        .filter(r -> commandId == null || r.commandId().equals(commandId))
        .findFirst();
  }

  private void command(
      CloudClient c, SimulatedSite s, String id, String type, Map<String, String> args)
      throws Exception {
    Instant now = Instant.now();
    c.publish(
        Topics.command(s.siteId(), s.deviceId()),
        codec.encode(new Command(id, type, now, now.plusSeconds(60), args)));
  }

  @Test
  void site_running_birthTelemetryAndLeakEventReachCloud() throws Exception {
    try (CloudClient cloud = cloud();
        SimulatedSite s = site()) {
      String status = Topics.status(s.siteId(), s.deviceId());
      String telemetry = Topics.telemetry(s.siteId(), s.deviceId());
      await().atMost(WAIT).until(() -> !cloud.receivedOn(telemetry).isEmpty());
      await().atMost(WAIT).until(() -> !cloud.receivedOn(status).isEmpty());
      DeviceStatus birth =
          codec
              .decodeStatus(Topics.parse(status).value(), cloud.receivedOn(status).get(0).payload())
              .value();
      assertThat(birth.state()).isEqualTo(DeviceState.ONLINE);
      assertThat(birth.cameras()).containsExactly("cam1");
      assertThat(birth.sensors()).contains("leak", "bme280", "sound");
      TelemetryBatch batch =
          codec
              .decodeTelemetry(
                  Topics.parse(telemetry).value(), cloud.receivedOn(telemetry).get(0).payload())
              .value();
      assertThat(batch.readings())
          .anySatisfy(
              r -> {
                assertThat(r.kind()).isEqualTo(SensorKind.TEMPERATURE);
                assertThat(r.value()).isBetween(24.5, 25.5);
              });
      s.leak(true);
      await()
          .atMost(WAIT)
          .until(
              () ->
                  events(cloud, s).stream()
                      .anyMatch(e -> e.type() == EventType.LEAK && e.state() == EventState.ON));
      assertThat(events(cloud, s)).anyMatch(e -> e.type() == EventType.AGENT_STARTED);
      String hbTopic = Topics.heartbeat(s.siteId(), s.deviceId());
      await().atMost(WAIT).until(() -> !cloud.receivedOn(hbTopic).isEmpty());
      var hb =
          codec
              .decodeHeartbeat(
                  Topics.parse(hbTopic).value(), cloud.receivedOn(hbTopic).get(0).payload())
              .value();
      assertThat(hb.diskFreeBytes()).isPositive();
      assertThat(hb.outboxDepth()).isGreaterThanOrEqualTo(0);
      assertThat(hb.dropped()).containsKeys("live_frames_offline", "rejected_by_broker");
      assertThat(hb.cameras()).extracting(c -> c.cameraId()).containsExactly("cam1");
    }
  }

  @Test
  void command_ping_resultOkWithSameId() throws Exception {
    try (CloudClient cloud = cloud();
        SimulatedSite s = site()) {
      await().atMost(WAIT).until(() -> s.agent().uplink().isConnected());
      command(cloud, s, "cmd-ping-1", "ping", Map.of());
      await().atMost(WAIT).until(() -> result(cloud, s, "cmd-ping-1").isPresent());
      CommandResult r = result(cloud, s, "cmd-ping-1").get();
      assertThat(r.status()).isEqualTo(ResultStatus.OK);
      assertThat(r.message()).isEqualTo("pong");
    }
  }

  @Test
  void command_invalid_rejectedResultNeverSilence() throws Exception {
    try (CloudClient cloud = cloud();
        SimulatedSite s = site()) {
      await().atMost(WAIT).until(() -> s.agent().uplink().isConnected());
      command(cloud, s, "cmd-unknown", "self_destruct", Map.of());
      command(cloud, s, "cmd-badarg", "stream_start", Map.of("camera", "cam1", "seconds", "abc"));
      command(cloud, s, "cmd-nocam", "snapshot", Map.of("camera", "cam9"));
      cloud.publish(
          Topics.command(s.siteId(), s.deviceId()), "{not json".getBytes(StandardCharsets.UTF_8));
      await().atMost(WAIT).until(() -> result(cloud, s, "cmd-nocam").isPresent());
      assertThat(result(cloud, s, "cmd-unknown").orElseThrow().status())
          .isEqualTo(ResultStatus.REJECTED);
      assertThat(result(cloud, s, "cmd-badarg").orElseThrow().status())
          .isEqualTo(ResultStatus.REJECTED);
      assertThat(result(cloud, s, "cmd-nocam").orElseThrow().message()).contains("unknown camera");
      await()
          .atMost(WAIT)
          .until(
              () -> cloud.receivedOn(Topics.commandResult(s.siteId(), s.deviceId())).size() == 4);
      assertThat(cloud.receivedOn(Topics.commandResult(s.siteId(), s.deviceId())))
          .anySatisfy(r -> assertThat(r.text()).contains("malformed command"));
    }
  }

  @Test
  void command_snapshot_frameArrivesWithValidMetadata() throws Exception {
    try (CloudClient cloud = cloud();
        SimulatedSite s = site()) {
      String frames = Topics.frame(s.siteId(), s.deviceId(), "cam1");
      // Commands are not queued for an offline device (clean session), so wait for the link.
      await().atMost(WAIT).until(() -> s.agent().uplink().isConnected());
      await().atMost(WAIT).until(() -> s.agent().cameras().health().get(0).healthy());
      command(cloud, s, "cmd-snap", "snapshot", Map.of("camera", "cam1"));
      await().atMost(WAIT).until(() -> result(cloud, s, "cmd-snap").isPresent());
      assertThat(result(cloud, s, "cmd-snap").get().status()).isEqualTo(ResultStatus.OK);
      await()
          .atMost(WAIT)
          .until(
              () ->
                  cloud.receivedOn(frames).stream()
                      .anyMatch(f -> "request".equals(f.props().get(FrameCodec.REASON))));
      CloudClient.Received f =
          cloud.receivedOn(frames).stream()
              .filter(x -> "request".equals(x.props().get(FrameCodec.REASON)))
              .findFirst()
              .orElseThrow();
      var decoded =
          FrameCodec.withDefaults().decode(Topics.parse(frames).value(), f.props(), f.payload());
      assertThat(decoded.isOk()).as(String.valueOf(decoded.rejection())).isTrue();
      assertThat(decoded.value().meta().reason()).isEqualTo(FrameReason.REQUEST);
      assertThat(decoded.value().meta().width()).isEqualTo(640);
    }
  }

  @Test
  void close_cleanStop_lastWillMarksOffline() throws Exception {
    try (CloudClient cloud = cloud()) {
      SimulatedSite s = site();
      String status = Topics.status(s.siteId(), s.deviceId());
      await().atMost(WAIT).until(() -> !cloud.receivedOn(status).isEmpty());
      s.close();
      await()
          .atMost(WAIT)
          .until(
              () ->
                  cloud.receivedOn(status).stream()
                      .map(
                          r ->
                              codec.decodeStatus(Topics.parse(status).value(), r.payload()).value())
                      .anyMatch(st -> st.state() == DeviceState.OFFLINE));
    }
  }

  @Test
  void scenarios_cameraCoveredAndNetworkCut_tamperEventAndOfflineThenOnline() throws Exception {
    String site = uid("site");
    String device = uid("dev");
    String secret = broker.addDevice(site, device);
    SimulationOptions o =
        SimulationOptions.withCredentials(
                "127.0.0.1", broker.port(), new DeviceCredentials(site, device, secret), dir)
            .withIntervals(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(1))
            .withScenarios(
                List.of(
                    dev.sitehub.edge.sim.Scenario.parse("cover@2s:3s"),
                    dev.sitehub.edge.sim.Scenario.parse("netcut@4s:2s")));
    try (CloudClient cloud = cloud();
        SimulatedSite s = SimulatedSite.start(o)) {
      String status = Topics.status(site, device);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  events(cloud, s).stream()
                      .anyMatch(
                          e -> e.type() == EventType.CAMERA_TAMPER && e.state() == EventState.ON));
      // The cut drops the link without DISCONNECT: the broker publishes the Will, then the
      // agent comes back with a new birth.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                List<DeviceState> st = states(cloud, status);
                int off = st.indexOf(DeviceState.OFFLINE);
                return off >= 0 && st.subList(off, st.size()).contains(DeviceState.ONLINE);
              });
      assertThat(events(cloud, s))
          .anyMatch(
              e -> e.type() == EventType.CAMERA_TAMPER && "black".equals(e.detail().get("kind")));
    }
  }

  @Test
  void loadMode_threeDevices_allDeliverTelemetry() throws Exception {
    List<DeviceCredentials> devices = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String site = uid("site");
      String device = uid("load");
      devices.add(new DeviceCredentials(site, device, broker.addDevice(site, device)));
    }
    try (CloudClient cloud = cloud();
        dev.sitehub.edge.sim.LoadSimulation load =
            dev.sitehub.edge.sim.LoadSimulation.start(
                "127.0.0.1", broker.port(), devices, dir, 50, 10)) {
      for (DeviceCredentials d : devices) {
        await()
            .atMost(WAIT)
            .until(() -> cloud.receivedOn(Topics.telemetry(d.siteId(), d.deviceId())).size() >= 50);
      }
      assertThat(load.generated()).isGreaterThanOrEqualTo(150);
    }
  }
}
