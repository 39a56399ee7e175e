package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Verifies that a criterion's verdict, stored as a finding with facts, and the inspection's
 * checklist items read in the viewer's language on the acceptance page and the timeline: Chinese
 * for zh-CN, English for en.
 */
@QuarkusTest
class CriteriaFindingsPageTest {
  private static final Pattern DRY_ZH = Pattern.compile("已持续干燥 (\\d+) 分钟。");
  private static final Pattern DRY_EN = Pattern.compile("Dry for (\\d+) minutes\\.");

  @Inject ProjectJourney journey;

  @Test
  void acceptancePage_zhCnViewer_verdictInChinese_enViewer_inEnglish() throws Exception {
    Site s = journey.awaitingSignatures("ok");
    PortalSession owner = PortalSession.of(s.customer());
    String page = "/portal/projects/" + s.projectId() + "/stages/1/acceptance";

    String zh = get(owner, page, "zh-CN");
    assertThat(zh)
        .contains("data-finding=\"DRY_HELD\"")
        .contains("通过")
        .contains("干燥分钟数: ")
        .doesNotContain("Dry for")
        .doesNotContain("dry for");
    String en = get(owner, page, "en");
    assertThat(en)
        .contains("data-finding=\"DRY_HELD\"")
        .contains("Minutes dry: ")
        .doesNotContain("已持续干燥");
    // Both say the same measured fact: the minutes come from the stored data, not a sentence.
    assertThat(minutes(DRY_ZH, zh)).isEqualTo(minutes(DRY_EN, en)).isGreaterThanOrEqualTo(48 * 60);
  }

  @Test
  void timeline_zhCnViewer_verdictAndItemsInChinese_enViewer_inEnglish() throws Exception {
    Site s = journey.awaitingSignatures("ok");
    PortalSession owner = PortalSession.of(s.customer());
    String page = "/portal/projects/" + s.projectId();

    String zh = get(owner, page, "zh-CN");
    String en = get(owner, page, "en");
    assertThat(zh).containsPattern(DRY_ZH).doesNotContainPattern(DRY_EN);
    assertThat(en).containsPattern(DRY_EN).doesNotContainPattern(DRY_ZH);
    // The inspection's checklist items are named from their codes, not the stored English title.
    assertThat(zh).contains("给水管 0.6 MPa 保压 30 分钟").doesNotContain("Supply pipes held");
    assertThat(en).contains("Supply pipes held 0.6 MPa for 30 min").doesNotContain("给水管");
  }

  private static String get(PortalSession session, String path, String language) {
    return session
        .browser()
        .header("Accept-Language", language)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static int minutes(Pattern p, String html) {
    Matcher m = p.matcher(html);
    assertThat(m.find()).as("finding sentence %s", p).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
