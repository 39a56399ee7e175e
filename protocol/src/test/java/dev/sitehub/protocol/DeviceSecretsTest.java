package dev.sitehub.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceSecretsTest {

  @Test
  void verify_rightSecret_true_wrongSecret_false() {
    String secret = DeviceSecrets.newSecret();
    String stored = DeviceSecrets.hash(secret, 2_000);
    assertThat(stored).startsWith("pbkdf2-sha256$2000$").doesNotContain(secret);
    assertThat(DeviceSecrets.verify(secret, stored)).isTrue();
    assertThat(DeviceSecrets.verify(secret + "x", stored)).isFalse();
  }

  @Test
  void verify_garbageStoredValue_falseNotException() {
    assertThat(DeviceSecrets.verify("a", "nonsense")).isFalse();
    assertThat(DeviceSecrets.verify("a", "pbkdf2-sha256$10$AAAA$AAAA")).isFalse();
    assertThat(DeviceSecrets.verify("a", "pbkdf2-sha256$x$AAAA$AAAA")).isFalse();
    assertThat(DeviceSecrets.verify(null, "pbkdf2-sha256$2000$AAAA$AAAA")).isFalse();
  }

  @Test
  void newSecret_isLongAndUnique() {
    assertThat(DeviceSecrets.newSecret()).hasSize(43).isNotEqualTo(DeviceSecrets.newSecret());
  }

  @Test
  void claimDigest_isStableLowerHex() {
    assertThat(DeviceSecrets.claimDigest("ABCD-1234"))
        .matches("[0-9a-f]{64}")
        .isEqualTo(DeviceSecrets.claimDigest("ABCD-1234"));
  }
}
