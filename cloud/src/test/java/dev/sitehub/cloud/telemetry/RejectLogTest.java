package dev.sitehub.cloud.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.protocol.RejectReason;
import dev.sitehub.protocol.Rejection;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Verifies that rejects are logged once per device per interval, and per device separately. */
class RejectLogTest {
  private static final Rejection BAD = new Rejection(RejectReason.MALFORMED_JSON, "x");

  @Test
  void rejected_floodFromOneDevice_loggedOncePerInterval() {
    IngestConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(IngestConfig.class)
            .build()
            .getConfigMapping(IngestConfig.class);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    AtomicReference<Instant> now = new AtomicReference<>(t0);
    RejectLog log = new RejectLog(new SteppedClock(now), config);

    assertThat(log.rejected("dev-a", BAD)).isTrue();
    assertThat(log.rejected("dev-a", BAD)).isFalse();
    assertThat(log.rejected("dev-b", BAD)).isTrue();

    now.set(t0.plus(config.rejectLogInterval()).minusSeconds(1));
    assertThat(log.rejected("dev-a", BAD)).isFalse();
    now.set(t0.plus(config.rejectLogInterval()).plus(Duration.ofSeconds(1)));
    assertThat(log.rejected("dev-a", BAD)).isTrue();
  }

  /** A clock the test moves by hand. */
  private static final class SteppedClock extends Clock {
    private final AtomicReference<Instant> now;

    SteppedClock(AtomicReference<Instant> now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
