package dev.sitehub.broker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The backoff's arithmetic on a hand-driven clock. */
class LoginBackoffTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final LoginBackoff backoff =
      new LoginBackoff(
          5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(24), now::get);

  private void advance(Duration d) {
    now.addAndGet(d.toNanos());
  }

  @Test
  void fiveFreeFailures_thenOneSecondDoublingToTheCap() {
    for (int i = 0; i < 5; i++) {
      assertThat(backoff.blocked("dev-a", "10.0.0.9")).isEmpty();
      backoff.failed("dev-a", "10.0.0.9");
    }
    assertThat(backoff.blocked("dev-a", "10.0.0.9")).isEmpty();
    backoff.failed("dev-a", "10.0.0.9");
    assertThat(backoff.blocked("dev-a", "10.0.0.9")).contains(Duration.ofSeconds(1));
    backoff.failed("dev-a", "10.0.0.9");
    assertThat(backoff.blocked("dev-a", "10.0.0.9")).contains(Duration.ofSeconds(2));
    for (int i = 0; i < 20; i++) {
      backoff.failed("dev-a", "10.0.0.9");
    }
    assertThat(backoff.blocked("dev-a", "10.0.0.9")).contains(Duration.ofMinutes(5));
    advance(Duration.ofMinutes(5).plusMillis(1));
    assertThat(backoff.blocked("dev-a", "10.0.0.9")).isEmpty();
  }

  @Test
  void guessesFromOneAddress_blockThatAddressForOtherUsernamesToo() {
    for (int i = 0; i < 6; i++) {
      backoff.failed("user-" + i, "10.0.0.7");
    }
    assertThat(backoff.blocked("dev-new", "10.0.0.7")).isPresent();
    assertThat(backoff.blocked("dev-new", "10.0.0.8")).isEmpty();
  }

  @Test
  void anAddressThatSignedInAsTheUser_isNotLockedOutByGuessesFromElsewhere() {
    backoff.succeeded("sitehub-cloud", "10.0.0.2");
    for (int i = 0; i < 20; i++) {
      backoff.failed("sitehub-cloud", "10.0.0.66");
    }
    assertThat(backoff.blocked("sitehub-cloud", "10.0.0.2")).isEmpty();
    assertThat(backoff.blocked("sitehub-cloud", "10.0.0.66")).isPresent();
    assertThat(backoff.blocked("sitehub-cloud", "10.0.0.3")).isPresent();
  }

  @Test
  void loopbackIsNeverBlockedAsAnAddress_butItsUsernamesAre() {
    for (int i = 0; i < 10; i++) {
      backoff.failed("user-" + i, "127.0.0.1");
    }
    assertThat(backoff.blocked("dev-other", "127.0.0.1")).isEmpty();
    for (int i = 0; i < 6; i++) {
      backoff.failed("dev-x", "127.0.0.1");
    }
    assertThat(backoff.blocked("dev-x", "127.0.0.1")).isPresent();
  }

  @Test
  void oldStrikesAreForgotten_andASuccessClearsTheUsername() {
    for (int i = 0; i < 5; i++) {
      backoff.failed("dev-b", "10.0.0.5");
    }
    advance(Duration.ofMinutes(11));
    backoff.failed("dev-b", "10.0.0.5");
    assertThat(backoff.blocked("dev-b", "10.0.0.5")).isEmpty();

    for (int i = 0; i < 6; i++) {
      backoff.failed("dev-c", null);
    }
    assertThat(backoff.blocked("dev-c", null)).isPresent();
    backoff.succeeded("dev-c", null);
    assertThat(backoff.blocked("dev-c", null)).isEmpty();
  }
}
