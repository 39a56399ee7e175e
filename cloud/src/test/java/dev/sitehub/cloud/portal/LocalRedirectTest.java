package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies that redirect targets from requests stay inside the portal. */
class LocalRedirectTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"/portal/home", "/portal/sites/site-abc", "/portal/sites/s-1/devices?x=1"})
  void of_portalPath_kept(String next) {
    assertThat(LocalRedirect.of(next)).isEqualTo(next);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/portal",
        "//evil.example/portal",
        "/portal/../api/me",
        "/portalx",
        "/api/sites",
        "/portal/home\r\nSet-Cookie: x=1",
        "javascript:alert(1)",
        ""
      })
  void of_anythingElse_home(String next) {
    assertThat(LocalRedirect.of(next)).isEqualTo(LocalRedirect.HOME);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN", "zh", "ZH-cn", "en", " en "})
  void supported_knownTags_found(String tag) {
    assertThat(PortalLocales.supported(tag)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en-US-x", "zh-TW", ""})
  void supported_otherTags_empty(String tag) {
    assertThat(PortalLocales.supported(tag)).isEmpty();
  }
}
