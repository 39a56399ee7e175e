package dev.sitehub.edge.uplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.edge.config.FsyncPolicy;
import dev.sitehub.edge.config.OutboxSettings;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.SeqRange;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
  private static final String SITE = "site-ob";
  private static final String DEVICE = "dev-ob";
  private final MessageCodec codec = MessageCodec.withDefaults();
  @TempDir Path dir;

  private OutboxSettings settings(long maxBytes, int segmentBytes) {
    return new OutboxSettings(
        dir, maxBytes, segmentBytes, FsyncPolicy.INTERVAL, Duration.ofSeconds(1), 4);
  }

  private Outbox open(long maxBytes, int segmentBytes) {
    return Outbox.open(settings(maxBytes, segmentBytes), SITE, DEVICE, codec, Clock.systemUTC());
  }

  private long telemetry(Outbox o) {
    return o.append(
        Lane.TELEMETRY,
        Topics.telemetry(SITE, DEVICE),
        1,
        false,
        seq ->
            codec.encode(
                new TelemetryBatch(
                    DEVICE,
                    seq,
                    Clock.systemUTC().instant(),
                    List.of(
                        Reading.of(
                            "bme", SensorKind.TEMPERATURE, Clock.systemUTC().instant(), 21.5)))));
  }

  private long raw(Outbox o, Lane lane) {
    return o.append(lane, Topics.status(SITE, DEVICE), 1, lane == Lane.STATUS, seq -> new byte[10]);
  }

  private List<OutboxEntry> drain(Outbox o) throws InterruptedException {
    List<OutboxEntry> out = new ArrayList<>();
    for (Optional<OutboxEntry> e = o.next(0); e.isPresent(); e = o.next(0)) {
      out.add(e.get());
    }
    return out;
  }

  @Test
  void next_mixedLanes_eventsThenTelemetryThenStatus() throws Exception {
    try (Outbox o = open(1 << 20, 64 * 1024)) {
      raw(o, Lane.STATUS);
      telemetry(o);
      raw(o, Lane.EVENT);
      telemetry(o);
      assertThat(drain(o))
          .extracting(OutboxEntry::lane, OutboxEntry::seq)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Lane.EVENT, 1L),
              org.assertj.core.groups.Tuple.tuple(Lane.TELEMETRY, 0L),
              org.assertj.core.groups.Tuple.tuple(Lane.TELEMETRY, 2L),
              org.assertj.core.groups.Tuple.tuple(Lane.STATUS, -1L));
    }
  }

  @Test
  void reopen_withoutClose_unackedEntriesReplayedInOrderAndSeqContinues() throws Exception {
    Outbox first = open(1 << 20, 512);
    for (int i = 0; i < 20; i++) {
      telemetry(first);
    }
    List<OutboxEntry> sent = drain(first);
    for (int i = 0; i < 5; i++) {
      first.ack(sent.get(i).id());
    }
    // No close(): the process "dies" here; a second instance recovers from the files alone.
    try (Outbox second = open(1 << 20, 512)) {
      assertThat(drain(second))
          .extracting(OutboxEntry::seq)
          .containsExactlyElementsOf(java.util.stream.LongStream.range(5, 20).boxed().toList());
      assertThat(telemetry(second)).isEqualTo(20);
    }
    first.close();
  }

  @Test
  void reopen_everythingAcked_segmentsDeletedAndSeqStillContinues() throws Exception {
    try (Outbox o = open(1 << 20, 300)) {
      for (int i = 0; i < 10; i++) {
        telemetry(o);
      }
      drain(o).forEach(e -> o.ack(e.id()));
      telemetry(o);
      drain(o).forEach(e -> o.ack(e.id()));
      assertThat(o.depth()).isZero();
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".seg")).count()).isLessThanOrEqualTo(1);
    }
    try (Outbox o = open(1 << 20, 300)) {
      assertThat(o.depth()).isZero();
      assertThat(o.nextSeq()).isEqualTo(11);
    }
  }

  @Test
  void reopen_tornTailRecord_truncatedAndEarlierRecordsKept() throws Exception {
    Outbox o = open(1 << 20, 64 * 1024);
    for (int i = 0; i < 3; i++) {
      telemetry(o);
    }
    o.close();
    Path seg;
    try (Stream<Path> files = Files.list(dir)) {
      seg = files.filter(p -> p.toString().endsWith(".seg")).findFirst().orElseThrow();
    }
    // A kill in the middle of a write leaves a length header with half a body behind it.
    Files.write(seg, new byte[] {0, 0, 0, 100, 1, 2, 3, 4, 5, 6}, StandardOpenOption.APPEND);
    try (Outbox again = open(1 << 20, 64 * 1024)) {
      assertThat(drain(again)).extracting(OutboxEntry::seq).containsExactly(0L, 1L, 2L);
      assertThat(telemetry(again)).isEqualTo(3);
    }
  }

  @Test
  void releaseInFlight_afterDisconnect_entriesSentAgainInOrder() throws Exception {
    try (Outbox o = open(1 << 20, 64 * 1024)) {
      telemetry(o);
      telemetry(o);
      assertThat(drain(o)).hasSize(2);
      assertThat(o.inFlightCount()).isEqualTo(2);
      o.releaseInFlight();
      assertThat(drain(o)).extracting(OutboxEntry::seq).containsExactly(0L, 1L);
    }
  }

  @Test
  void append_newStatus_olderUnsentStatusSuperseded() throws Exception {
    try (Outbox o = open(1 << 20, 64 * 1024)) {
      raw(o, Lane.STATUS);
      raw(o, Lane.STATUS);
      raw(o, Lane.STATUS);
      assertThat(drain(o)).hasSize(1);
    }
  }

  @Test
  void append_diskCapReached_oldestTelemetryDroppedAndGapReportsExactRange() throws Exception {
    try (Outbox o = open(8 * 1024, 1024)) {
      long appended = 0;
      while (o.dropped().isEmpty()) {
        telemetry(o);
        appended++;
      }
      assertThat(o.bytesOnDisk()).isLessThanOrEqualTo(8 * 1024);
      List<OutboxEntry> all = drain(o);
      OutboxEntry gapEntry = all.get(0);
      assertThat(gapEntry.lane()).isEqualTo(Lane.EVENT);
      DeviceEvent gap =
          codec.decodeEvent(Topics.parse(gapEntry.topic()).value(), gapEntry.payload()).value();
      assertThat(gap.type()).isEqualTo(EventType.GAP);
      long lostCount = o.dropped().get(Lane.TELEMETRY.dropKey());
      assertThat(gap.lost()).isEqualTo(new SeqRange(0, lostCount - 1));
      assertThat(gap.detail()).containsEntry("count", Long.toString(lostCount));
      // Every telemetry seq is either still queued or inside the gap; none vanished silently.
      List<Long> remaining =
          all.stream().filter(e -> e.lane() == Lane.TELEMETRY).map(OutboxEntry::seq).toList();
      assertThat(remaining.get(0)).isEqualTo(lostCount);
      assertThat(remaining.get(remaining.size() - 1)).isEqualTo(appended - 1);
      assertThat(gap.seq()).isEqualTo(appended);
    }
  }

  @Test
  void append_onlyEventsAndFull_throwsOutboxFull() {
    try (Outbox o = open(4096, 1024)) {
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 1000; i++) {
                  raw(o, Lane.EVENT);
                }
              })
          .isInstanceOf(OutboxFullException.class);
    }
  }
}
