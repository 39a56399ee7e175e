package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.media.MediaFixtures;
import dev.sitehub.cloud.sites.Site;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The live-view page over plain HTTP: the camera grid with stills and ages, and the 403 page. */
@QuarkusTest
class LivePageTest {
  @Inject TestUsers users;
  @Inject MediaFixtures media;

  @Test
  void livePage_nonMember_403Page() {
    Site site = users.siteWith(users.user(Role.HOMEOWNER));
    String html =
        PortalSession.of(users.user(Role.HOMEOWNER))
            .browser()
            .get("/portal/sites/" + site.siteId() + "/live")
            .then()
            .statusCode(403)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html).contains("id=\"forbidden\"").doesNotContain("id=\"cameras\"");
  }

  @Test
  void livePage_siteWithoutCameras_saysSo() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    String html =
        PortalSession.of(owner)
            .browser()
            .header("Accept-Language", "en")
            .get("/portal/sites/" + site.siteId() + "/live")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("id=\"no-cameras\">No cameras at this site yet.");
  }

  @Test
  void livePage_cameraWithStill_showsStillImageAgeAndLiveButton() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    long still = media.snapshot(site.siteId());
    String device = media.device(site.siteId());
    String html =
        PortalSession.of(owner)
            .browser()
            .get("/portal/sites/" + site.siteId() + "/live")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains(
            "data-device-id=\"" + device + "\" data-camera-id=\"" + MediaFixtures.CAMERA + "\"")
        .contains("src=\"/api/sites/" + site.siteId() + "/snapshots/" + still + "/image\"")
        .containsPattern("data-age>\\d+ (秒|分钟|小时|天)前<")
        .contains("aria-label=\"观看 " + MediaFixtures.CAMERA + " 的实时画面\"")
        .contains("/portal/assets/live.js");
  }

  @Test
  void livePage_noSession_401SignIn() {
    Site site = users.siteWith(users.user(Role.HOMEOWNER));
    String html =
        io.restassured.RestAssured.given()
            .get("/portal/sites/" + site.siteId() + "/live")
            .then()
            .statusCode(401)
            .extract()
            .asString();
    assertThat(html).contains("id=\"login-form\"");
  }
}
