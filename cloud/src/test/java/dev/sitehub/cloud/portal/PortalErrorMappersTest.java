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
 * The one htmx-aware mapper of refusals thrown from portal pages: a plain request gets the whole
 * localized error page, an htmx request only the error card to swap in place, with the problem's
 * status either way, in Chinese or English as the viewer asked.
 */
@QuarkusTest
class PortalErrorMappersTest {
  @Inject TestUsers users;

  /** Verifies that a refusal on a plain request renders the whole error page in Chinese. */
  @Test
  void notFound_plainRequestZh_wholeErrorPage() {
    String html = unknownProject(PortalSession.of(operator()).browser(), "zh-CN");
    assertThat(html)
        .contains("<html lang=\"zh-CN\">")
        .contains("id=\"error\"")
        .contains("未找到")
        .contains("该页面或条目不存在。");
  }

  /** Verifies that the same refusal renders the whole error page in English when asked. */
  @Test
  void notFound_plainRequestEn_wholeErrorPage() {
    String html = unknownProject(PortalSession.of(operator()).browser(), "en");
    assertThat(html)
        .contains("<html lang=\"en\">")
        .contains("id=\"error\"")
        .contains("Not found")
        .contains("This page or item does not exist.");
  }

  /** Verifies that htmx gets only the error card (no second page inside its target), Chinese. */
  @Test
  void notFound_htmxZh_errorCardOnly() {
    String html = unknownProject(PortalSession.of(operator()).htmx(), "zh-CN");
    assertThat(html)
        .contains("id=\"error\"")
        .contains("未找到")
        .doesNotContain("<html")
        .doesNotContain("<nav");
  }

  /** Verifies that htmx gets only the error card in English when asked. */
  @Test
  void notFound_htmxEn_errorCardOnly() {
    String html = unknownProject(PortalSession.of(operator()).htmx(), "en");
    assertThat(html)
        .contains("id=\"error\"")
        .contains("Not found")
        .doesNotContain("<html")
        .doesNotContain("<nav");
  }

  /** Verifies that a 403 refusal keeps its status and gives htmx the access-denied card only. */
  @Test
  void forbidden_htmx_accessDeniedCardOnly() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    users.siteWith(supervisor);
    Site theirs = users.siteWith(users.user(Role.SUPERVISOR));
    String html =
        PortalSession.of(supervisor)
            .htmx()
            .header("Accept-Language", "en")
            .get("/portal/sites/" + theirs.siteId() + "/alerts")
            .then()
            .statusCode(403)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html).contains("id=\"forbidden\"").contains("Access denied").doesNotContain("<html");
  }

  /** Verifies that the same 403 on a plain request is the whole access-denied page. */
  @Test
  void forbidden_plainRequest_wholeAccessDeniedPage() {
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    users.siteWith(supervisor);
    Site theirs = users.siteWith(users.user(Role.SUPERVISOR));
    String html =
        PortalSession.of(supervisor)
            .browser()
            .get("/portal/sites/" + theirs.siteId() + "/alerts")
            .then()
            .statusCode(403)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html)
        .contains("<html lang=\"zh-CN\">")
        .contains("id=\"forbidden\"")
        .contains("无权访问");
  }

  /** Operators see every project, so an unknown one is a 404, not a "foreign project" 403. */
  private UserAccount operator() {
    return users.user(Role.OPERATOR);
  }

  private static String unknownProject(RequestSpecification request, String language) {
    return request
        .header("Accept-Language", language)
        .get("/portal/projects/prj-nope-" + System.nanoTime())
        .then()
        .statusCode(404)
        .contentType("text/html")
        .extract()
        .asString();
  }
}
