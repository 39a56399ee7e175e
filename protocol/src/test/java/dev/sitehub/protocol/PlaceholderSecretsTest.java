package dev.sitehub.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderSecretsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "change-me",
        "change-me-too",
        "CHANGE_ME",
        "changeme123",
        "<set-me>",
        "placeholder-db-password",
        "replace-me",
        "password",
        " Secret ",
        "postgres"
      })
  void isPlaceholder_shippedPlaceholdersAndNeverSecretWords_true(String value) {
    assertThat(PlaceholderSecrets.isPlaceholder(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "q7Zr-2vXk_9mPw4LdT8sYb", "correct horse battery staple"})
  void isPlaceholder_emptyOrRealLookingSecrets_false(String value) {
    assertThat(PlaceholderSecrets.isPlaceholder(value)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void isPlaceholder_null_false() {
    assertThat(PlaceholderSecrets.isPlaceholder(null)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void isPlaceholder_newDeviceSecret_false() {
    assertThat(PlaceholderSecrets.isPlaceholder(DeviceSecrets.newSecret())).isFalse();
  }
}
