package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.sites.Site;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 2: a portal form with a field over the 16 KB form-field limit (about 20 KB of text)
 * is refused before any page reads it; the person gets a page in their language that says so and
 * links back to the form they came from, never the API's problem+json body.
 */
@QuarkusTest
class OversizedFormPageTest {
  static final String TWENTY_KB = "装修".repeat(3500); // 7000 characters, 21000 bytes in UTF-8

  @Inject TestUsers users;

  /**
   * Verifies that a plain form post gets the whole page in Chinese with a link back to the form.
   */
  @Test
  void oversizedForm_plainPostZh_friendlyPageWithBackLink() {
    UserAccount homeowner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(homeowner);
    PortalSession session = PortalSession.of(homeowner);
    String form = "/portal/sites/" + site.siteId() + "/alerts";

    String html =
        post(session.browser().formParam("_csrf", session.csrf()), "zh-CN", form)
            .contains("<html lang=\"zh-CN\">")
            .actual();

    assertThat(html)
        .contains("id=\"too-large\"")
        .contains("内容过长")
        .contains("超过 16 KB")
        .contains("href=\"" + form + "\" id=\"back-to-form\"")
        .doesNotContain("http-413")
        .doesNotContain("\"type\"");
  }

  /** Verifies that htmx gets the English card alone, to swap in place, with the back link. */
  @Test
  void oversizedForm_htmxEn_cardWithBackLink() {
    UserAccount homeowner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(homeowner);
    String form = "/portal/sites/" + site.siteId() + "/alerts";

    String html = post(PortalSession.of(homeowner).htmx(), "en", form).actual();

    assertThat(html)
        .contains("id=\"too-large\"")
        .contains("Too much text")
        .contains("longer than 16 KB")
        .contains("href=\"" + form + "\" id=\"back-to-form\"")
        .doesNotContain("<html")
        .doesNotContain("http-413");
  }

  /** Verifies that a Referer from another site never becomes the back link (no open redirect). */
  @Test
  void oversizedForm_foreignReferer_backLinkGoesHome() {
    UserAccount homeowner = users.user(Role.HOMEOWNER);
    String html =
        PortalSession.of(homeowner)
            .htmx()
            .header("Accept-Language", "en")
            .header("Referer", "https://evil.example//evil.example/x")
            .formParam("body", TWENTY_KB)
            .post("/portal/projects/prj-any/messages")
            .then()
            .statusCode(413)
            .extract()
            .asString();

    assertThat(html).contains("href=\"/portal/home\" id=\"back-to-form\"");
  }

  /** Verifies that the API keeps answering problem+json for the same oversized post. */
  @Test
  void oversizedForm_onApi_staysProblemJson() {
    UserAccount homeowner = users.user(Role.HOMEOWNER);
    PortalSession.of(homeowner)
        .htmx()
        .formParam("body", TWENTY_KB)
        .post("/api/projects/prj-any/messages")
        .then()
        .contentType("application/problem+json");
  }

  private static org.assertj.core.api.AbstractStringAssert<?> post(
      RequestSpecification request, String language, String form) {
    String html =
        request
            .header("Accept-Language", language)
            .header("Referer", "http://localhost:8081" + form)
            .formParam("comment", TWENTY_KB)
            .post(form + "/alert-1/acknowledge")
            .then()
            .statusCode(413)
            .contentType("text/html")
            .extract()
            .asString();
    return assertThat(html);
  }
}
