package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The project messages page over HTTP: posting through the form (escaped in the list, announced to
 * the list through HX-Trigger), an empty message's error next to the field, CSRF, and outsiders.
 */
@QuarkusTest
class ProjectMessagesPageTest {
  @Inject ProjectJourney journey;
  @Inject TestUsers users;

  private static String page(Site s) {
    return "/portal/projects/" + s.projectId() + "/messages";
  }

  @Test
  void post_member_listShowsMessageEscapedAndMarksOwn() throws Exception {
    Site s = journey.funded();
    PortalSession owner = PortalSession.of(s.customer());
    Response r = owner.htmx().formParam("body", "<b>tiles</b> cracked?").post(page(s));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.getHeader("HX-Trigger")).isEqualTo("messages-changed");
    assertThat(r.asString()).contains("id=\"message-form\"").doesNotContain("cracked");
    String list =
        PortalSession.of(s.pm())
            .browser()
            .get(page(s) + "/list")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(list)
        .contains("&lt;b&gt;tiles&lt;/b&gt; cracked?")
        .doesNotContain("<b>tiles")
        .contains(s.customer().userId());
    String mine = owner.browser().get(page(s)).then().statusCode(200).extract().asString();
    assertThat(mine).contains("class=\"message mine\"");
  }

  @Test
  void post_emptyBody_422ErrorNextToFieldInEnglish() throws Exception {
    Site s = journey.funded();
    String html =
        PortalSession.of(s.customer())
            .htmx()
            .header("Accept-Language", "en")
            .formParam("body", "  ")
            .post(page(s))
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("aria-describedby=\"message-body-error\"")
        .contains(
            "<p class=\"field-error\" id=\"message-body-error\">Please fill in this field.</p>");
  }

  @Test
  void page_outsiderOrNoCsrf_403() throws Exception {
    Site s = journey.funded();
    PortalSession.of(users.user(Role.HOMEOWNER))
        .browser()
        .get(page(s))
        .then()
        .statusCode(403)
        .contentType("text/html");
    PortalSession.of(s.customer())
        .browser()
        .formParam("body", "hi")
        .post(page(s))
        .then()
        .statusCode(403);
  }
}
