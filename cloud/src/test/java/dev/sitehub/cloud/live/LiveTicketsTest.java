package dev.sitehub.cloud.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.media.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Tickets bind one user to one camera for a short time, and every bad ticket has its reason. */
class LiveTicketsTest {
  private static final byte[] SECRET =
      "unit-test-secret-unit-test-secret-0123".getBytes(StandardCharsets.UTF_8);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
  private final LiveTickets tickets = new LiveTickets(SECRET, Duration.ofSeconds(60), clock);
  private final CameraKey camera = new CameraKey("site1", "dev1", "cam1");

  @Test
  void verify_freshTicket_returnsUser() {
    LiveTickets.Ticket t = tickets.issue("alice", camera);
    assertThat(tickets.verify(t.token(), camera)).isEqualTo("alice");
    assertThat(t.expiresAt()).isEqualTo(Instant.parse("2026-11-24T10:01:00Z"));
  }

  @Test
  void verify_afterTtl_expired() {
    String token = tickets.issue("alice", camera).token();
    clock.advance(Duration.ofSeconds(61));
    assertProblem(() -> tickets.verify(token, camera), LiveTickets.Problem.EXPIRED);
  }

  @Test
  void verify_otherCamera_wrongCamera() {
    String token = tickets.issue("alice", camera).token();
    assertProblem(
        () -> tickets.verify(token, new CameraKey("site1", "dev1", "cam2")),
        LiveTickets.Problem.WRONG_CAMERA);
  }

  @Test
  void verify_tamperedOrOtherSecret_badSignature() {
    String token = tickets.issue("alice", camera).token();
    LiveTickets other =
        new LiveTickets(
            "another-secret-another-secret-0123456".getBytes(StandardCharsets.UTF_8),
            Duration.ofSeconds(60),
            clock);
    assertProblem(() -> other.verify(token, camera), LiveTickets.Problem.BAD_SIGNATURE);
    String flipped = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
    assertProblem(() -> tickets.verify(flipped, camera), LiveTickets.Problem.BAD_SIGNATURE);
  }

  @Test
  void verify_garbageOrMissing_malformed() {
    assertProblem(() -> tickets.verify(null, camera), LiveTickets.Problem.MALFORMED);
    assertProblem(() -> tickets.verify("not-a-ticket", camera), LiveTickets.Problem.MALFORMED);
    assertProblem(() -> tickets.verify("%%%.###", camera), LiveTickets.Problem.MALFORMED);
  }

  @Test
  void construct_shortSecret_refused() {
    assertThatThrownBy(() -> new LiveTickets(new byte[8], Duration.ofSeconds(60), clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertProblem(Runnable r, LiveTickets.Problem problem) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            LiveTickets.InvalidTicketException.class,
            e -> assertThat(e.problem()).isEqualTo(problem));
  }
}
