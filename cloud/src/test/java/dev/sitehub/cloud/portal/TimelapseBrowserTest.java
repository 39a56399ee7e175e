package dev.sitehub.cloud.portal;

import static dev.sitehub.cloud.portal.BrowserSteps.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.media.MediaFixtures;
import dev.sitehub.cloud.sites.Site;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Issue 20, video: a homeowner on a phone-sized screen opens the site's time-lapse page and its
 * video element really plays the rendered H.264 MP4 in Chromium: it reaches HAVE_CURRENT_DATA,
 * plays on, and a decoded frame drawn onto a canvas shows the stills' colour. Screenshots in
 * target/portal-screenshots/timelapse-*.png.
 */
@QuarkusTest
class TimelapseBrowserTest {
  /** The stills' fill colour for shade 100 (TestFrames.jpeg): r = s, g = 7s, b = 13s, mod 256. */
  private static final int SHADE = 100;

  private static final int[] COLOUR = {SHADE & 0xff, (SHADE * 7) & 0xff, (SHADE * 13) & 0xff};

  // The decoded frame, drawn at its own size; samples the lower middle, away from the caption.
  private static final String FRAME_PIXEL =
      "var v = arguments[0]; var c = document.createElement('canvas');"
          + " c.width = v.videoWidth; c.height = v.videoHeight;"
          + " var g = c.getContext('2d'); g.drawImage(v, 0, 0);"
          + " var d = g.getImageData(Math.floor(c.width / 2), Math.floor(c.height * 0.8), 1, 1).data;"
          + " return [c.width, c.height, d[0], d[1], d[2]];";

  private static Browser browser;

  @Inject TestUsers users;
  @Inject MediaFixtures media;

  @TestHTTPResource("/")
  URL base;

  @BeforeAll
  static void startBrowser() {
    Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are not installed");
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void homeowner_opensTimelapsePage_videoPlaysAndShowsDecodedFrame() {
    BrowserSteps steps = new BrowserSteps(browser, base);
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    UUID job = media.renderedTimelapse(site.siteId(), SHADE, 8);

    browser.driver.manage().deleteAllCookies();
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    steps.signIn(owner, "timelapse");
    browser.driver.get(steps.url("/portal/sites/" + site.siteId()));
    browser.driver.findElement(By.id("site-timelapses")).click();
    await()
        .atMost(WAIT)
        .until(
            () ->
                browser
                    .driver
                    .getCurrentUrl()
                    .endsWith("/portal/sites/" + site.siteId() + "/timelapses"));
    assertThat(browser.driver.findElement(By.id("timelapses-title")).getText()).startsWith("延时视频");
    WebElement card =
        browser.driver.findElement(By.cssSelector("li.timelapse[data-job-id='" + job + "']"));
    assertThat(card.getAttribute("data-status")).isEqualTo("done");
    WebElement video = card.findElement(By.cssSelector("video.timelapse-video"));

    await().atMost(WAIT).until(() -> readyState(video) >= 2);
    assertThat(browser.js("return arguments[0].error;", video)).isNull();
    assertThat(((Number) browser.js("return arguments[0].duration;", video)).doubleValue())
        .isBetween(1.5, 2.5); // 8 stills at 4 fps
    steps.assertNoOverflow("timelapse-1-page-375");

    browser.js("arguments[0].play();", video);
    await()
        .atMost(WAIT)
        .until(
            () ->
                ((Number) browser.js("return arguments[0].currentTime;", video)).doubleValue()
                    > 0.3);
    List<?> pixel = (List<?>) browser.js(FRAME_PIXEL, video);
    browser.shot("timelapse-2-playing");
    assertThat(number(pixel, 0)).isEqualTo(320);
    assertThat(number(pixel, 1)).isEqualTo(180);
    for (int i = 0; i < 3; i++) {
      assertThat(number(pixel, 2 + i))
          .as("decoded frame colour channel %d", i)
          .isBetween((long) COLOUR[i] - 24, (long) COLOUR[i] + 24);
    }
  }

  @Test
  void homeowner_opensOtherHomeownersTimelapses_sees403Page() {
    BrowserSteps steps = new BrowserSteps(browser, base);
    Site theirs = users.siteWith(users.user(Role.HOMEOWNER));
    UserAccount owner = users.user(Role.HOMEOWNER);
    users.siteWith(owner);
    browser.driver.manage().deleteAllCookies();
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    steps.signIn(owner, "timelapse-forbidden");
    browser.driver.get(steps.url("/portal/sites/" + theirs.siteId() + "/timelapses"));
    assertThat(browser.driver.findElement(By.cssSelector("#forbidden h1")).getText())
        .startsWith("403");
    assertThat(browser.driver.findElements(By.id("timelapses"))).isEmpty();
  }

  private static long readyState(WebElement video) {
    return ((Number) browser.js("return arguments[0].readyState;", video)).longValue();
  }

  private static long number(List<?> values, int i) {
    return ((Number) values.get(i)).longValue();
  }
}
