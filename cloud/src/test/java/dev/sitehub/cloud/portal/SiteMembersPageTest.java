package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteMemberships;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.sites.Site;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 2: the site members page adds and removes members through the same service and
 * checks as the members API (the site's owner or an operator), in Chinese and English, with the
 * error next to the username and refusals for others.
 */
@QuarkusTest
class SiteMembersPageTest {
  @Inject TestUsers users;
  @Inject SiteMemberships memberships;

  private static String page(Site s) {
    return "/portal/sites/" + s.siteId() + "/members";
  }

  /** Verifies that the owner adds a member by username and then removes them, in Chinese. */
  @Test
  void addThenRemove_ownerZh_memberAddedAndRemoved() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    UserAccount designer = users.user(Role.DESIGNER);
    Site s = users.siteWith(owner);
    PortalSession session = PortalSession.of(owner);

    String html =
        session
            .browser()
            .header("Accept-Language", "zh-CN")
            .get(page(s))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("工地成员").contains("id=\"add-member\"").contains("业主");

    Response added =
        session
            .browser()
            .formParam("_csrf", session.csrf())
            .formParam("username", designer.username())
            .post(page(s));
    assertThat(added.statusCode()).isEqualTo(303);
    assertThat(memberships.isMember(s.siteId(), designer.userId())).isTrue();

    Response removed =
        session
            .browser()
            .formParam("_csrf", session.csrf())
            .post(page(s) + "/" + designer.userId() + "/remove");
    assertThat(removed.statusCode()).isEqualTo(303);
    assertThat(memberships.isMember(s.siteId(), designer.userId())).isFalse();
  }

  /**
   * Verifies that an unknown username comes back next to the field in English, typed value kept.
   */
  @Test
  void add_unknownUsernameEn_422NextToField() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site s = users.siteWith(owner);
    String html =
        PortalSession.of(owner)
            .htmx()
            .header("Accept-Language", "en")
            .formParam("username", "nobody-" + System.nanoTime())
            .post(page(s))
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("aria-invalid=\"true\"")
        .contains("value=\"nobody-")
        .contains("id=\"member-username-error\">No account has this username.<");
  }

  /** Verifies that an empty username comes back next to the field in Chinese. */
  @Test
  void add_emptyZh_422NextToField() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site s = users.siteWith(owner);
    String html =
        PortalSession.of(owner)
            .htmx()
            .header("Accept-Language", "zh-CN")
            .formParam("username", " ")
            .post(page(s))
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html).contains("id=\"member-username-error\">请填写此项。<");
  }

  /** Verifies that the owner cannot be removed: refused above the list in English. */
  @Test
  void remove_ownerEn_409Refused() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site s = users.siteWith(owner);
    String html =
        PortalSession.of(users.user(Role.OPERATOR))
            .htmx()
            .header("Accept-Language", "en")
            .post(page(s) + "/" + owner.userId() + "/remove")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(html).contains("id=\"members-error\"").contains("cannot be removed");
    assertThat(memberships.isMember(s.siteId(), owner.userId())).isTrue();
  }

  /**
   * Verifies the roles: a supervisor on the site sees the list but no form and may not add (role);
   * a project manager on the site who is not its owner is refused by the service (owner only).
   */
  @Test
  void add_supervisorOrNonOwner_403() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    UserAccount supervisor = users.user(Role.SUPERVISOR);
    UserAccount pm = users.user(Role.PROJECT_MANAGER);
    Site s = users.siteWith(owner, supervisor, pm);
    PortalSession sup = PortalSession.of(supervisor);
    assertThat(sup.browser().get(page(s)).then().statusCode(200).extract().asString())
        .doesNotContain("id=\"add-member\"")
        .contains("id=\"owner-only\"");
    sup.htmx()
        .formParam("username", pm.username())
        .post(page(s))
        .then()
        .statusCode(403)
        .contentType("text/html");
    PortalSession.of(pm)
        .htmx()
        .formParam("username", supervisor.username())
        .post(page(s))
        .then()
        .statusCode(403);
    PortalSession.of(pm)
        .htmx()
        .post(page(s) + "/" + supervisor.userId() + "/remove")
        .then()
        .statusCode(403)
        .contentType("text/html");
    assertThat(memberships.isMember(s.siteId(), supervisor.userId())).isTrue();
  }
}
