package dev.sitehub.broker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.protocol.DeviceSecrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedSecretsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final VerifiedSecrets secrets = new VerifiedSecrets(Duration.ofHours(1), CLOCK);

  @Test
  void verify_wrongSecretAfterASuccess_false() {
    String secret = DeviceSecrets.newSecret();
    String hash = DeviceSecrets.hash(secret, DeviceSecrets.MIN_ITERATIONS);
    assertThat(secrets.verify("dev-1", secret, hash)).isTrue();
    assertThat(secrets.verify("dev-1", secret + "x", hash)).isFalse();
  }

  /** Verifies that rotating a device's secret retires the remembered old one at once. */
  @Test
  void verify_storedHashRotated_oldSecretRefused() {
    String old = DeviceSecrets.newSecret();
    assertThat(secrets.verify("dev-1", old, DeviceSecrets.hash(old, DeviceSecrets.MIN_ITERATIONS)))
        .isTrue();
    String rotated = DeviceSecrets.hash(DeviceSecrets.newSecret(), DeviceSecrets.MIN_ITERATIONS);
    assertThat(secrets.verify("dev-1", old, rotated)).isFalse();
  }

  @Test
  void verify_otherPrincipalsMemo_notUsed() {
    String secret = DeviceSecrets.newSecret();
    String hash = DeviceSecrets.hash(secret, DeviceSecrets.MIN_ITERATIONS);
    assertThat(secrets.verify("dev-1", secret, hash)).isTrue();
    String otherHash = DeviceSecrets.hash(DeviceSecrets.newSecret(), DeviceSecrets.MIN_ITERATIONS);
    assertThat(secrets.verify("dev-2", secret, otherHash)).isFalse();
  }

  /** Verifies the point of the memo: a repeat CONNECT skips the 100,000-iteration PBKDF2. */
  @Test
  void verify_repeatOfAPassedSecret_muchCheaperThanFirst() {
    String secret = DeviceSecrets.newSecret();
    String hash = DeviceSecrets.hash(secret);
    long t0 = System.nanoTime();
    assertThat(secrets.verify("dev-1", secret, hash)).isTrue();
    long first = System.nanoTime() - t0;
    long t1 = System.nanoTime();
    assertThat(secrets.verify("dev-1", secret, hash)).isTrue();
    long repeat = System.nanoTime() - t1;
    assertThat(repeat).isLessThan(first / 5);
  }
}
