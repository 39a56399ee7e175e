package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.media.MediaFixtures;
import dev.sitehub.cloud.sites.Site;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The time-lapse page over plain HTTP, in both languages: the empty state, a finished time-lapse as
 * a video element on the range-served URL, and the 403 page; {@link TimelapseBrowserTest} proves
 * the video plays.
 */
@QuarkusTest
class TimelapsePageTest {
  @Inject TestUsers users;
  @Inject MediaFixtures media;

  @Test
  void timelapsePage_noTimelapses_saysSoInEnglish() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    String html =
        PortalSession.of(owner)
            .browser()
            .header("Accept-Language", "en")
            .get("/portal/sites/" + site.siteId() + "/timelapses")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("<h1 id=\"timelapses-title\">Time-lapses · ")
        .contains("id=\"no-timelapses\">No time-lapses for this site yet.");
  }

  @Test
  void timelapsePage_finishedTimelapse_videoOnTheRangeServedUrlInChinese() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    UUID job = media.finishedTimelapse(site.siteId());
    String html =
        PortalSession.of(owner)
            .browser()
            .get("/portal/sites/" + site.siteId() + "/timelapses")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String url = "/api/sites/" + site.siteId() + "/timelapses/" + job + "/video";
    assertThat(html)
        .contains("data-job-id=\"" + job + "\" data-status=\"done\"")
        .contains("src=\"" + url + "\"")
        .contains("playsinline")
        .contains("摄像头 " + MediaFixtures.CAMERA + " · 2026-10-01 至 2026-10-02")
        .contains(">已完成<")
        .contains("download=\"timelapse-" + job + ".mp4\"");
  }

  @Test
  void timelapsePage_nonMember_403Page() {
    Site site = users.siteWith(users.user(Role.HOMEOWNER));
    String html =
        PortalSession.of(users.user(Role.HOMEOWNER))
            .browser()
            .get("/portal/sites/" + site.siteId() + "/timelapses")
            .then()
            .statusCode(403)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html).contains("id=\"forbidden\"").doesNotContain("id=\"timelapses\"");
  }
}
