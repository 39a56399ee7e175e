package dev.sitehub.cloud;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application clock in tests: real time shifted by an offset a test may set (and must reset),
 * so multi-day windows run in milliseconds. With no offset it is the system clock.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  /** Makes "now" equal {@code at} (from now on, time moves on from there). */
  public void setNow(Instant at) {
    offset.set(Duration.between(Instant.now(), at));
  }

  public void reset() {
    offset.set(Duration.ZERO);
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
    return Instant.now().plus(offset.get());
  }
}
