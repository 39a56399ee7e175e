package dev.sitehub.cloud.portal;

import static dev.sitehub.cloud.portal.ProjectJourney.as;
import static dev.sitehub.cloud.portal.ProjectJourney.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.ProjectService;
import dev.sitehub.cloud.evidence.ChainReport;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.inspections.Rectification;
import dev.sitehub.cloud.inspections.RectificationFix;
import dev.sitehub.cloud.inspections.RectificationService;
import dev.sitehub.cloud.inspections.RectificationState;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Photos on inspections and fixes over HTTP against the real database and attachment store: the
 * project manager's fix photo is kept, shown, served only to project members and filed in the
 * evidence chain; a bad photo is refused next to the field with nothing stored; the supervisor's
 * inspection photo shows on the stage page.
 */
@QuarkusTest
class RectificationPhotoTest {
  @Inject ProjectJourney journey;
  @Inject TestUsers users;
  @Inject ProjectService projects;
  @Inject RectificationService rectifications;
  @Inject EvidenceService evidence;
  @Inject Db db;

  /** A JPEG no other test stores: the store keys files by content. */
  private static byte[] uniqueJpeg() {
    byte[] b = new byte[64];
    ThreadLocalRandom.current().nextBytes(b);
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xD8;
    b[2] = (byte) 0xFF;
    b[3] = (byte) 0xE0;
    return b;
  }

  /** Stage 1 inspected with its first item failed and photographed; returns the task id. */
  private String failed(Site s) {
    as(s.pmToken()).post(base(s) + "/milestones/1/start").then().statusCode(200);
    as(s.pmToken()).post(base(s) + "/milestones/1/ready").then().statusCode(200);
    InspectionPageTest.firstFails(PortalSession.of(s.supervisor()).htmx())
        .post(InspectionPageTest.stage(s) + "/inspections")
        .then()
        .statusCode(200);
    return task(s).rectificationId();
  }

  private Rectification task(Site s) {
    return rectifications.list(projects.get(s.projectId())).get(0);
  }

  private long fixLinks(Site s) {
    return db.count(
        "SELECT count(*) FROM evidence_link WHERE project_id = ? AND kind = ?",
        s.projectId(),
        RecordKind.RECTIFICATION_FIX.name());
  }

  private static String fixPhoto(Site s, String taskId, String fixId) {
    return base(s) + "/rectifications/" + taskId + "/fixes/" + fixId + "/photo";
  }

  @Test
  void fix_withPhoto_shownServedToMembersOnlyAndFiledInTheChain() throws IOException {
    Site s = journey.funded();
    String id = failed(s);
    byte[] jpeg = uniqueJpeg();
    String html =
        PortalSession.of(s.pm())
            .htmx()
            .header("Accept-Language", "en")
            .multiPart("note", "replaced the fitting")
            .multiPart("photo", "after.jpg", jpeg, "image/jpeg")
            .post(InspectionPageTest.tasks(s) + "/" + id + "/fixed")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    RectificationFix fix = task(s).latestFix().orElseThrow();
    assertThat(fix.hasPhoto()).isTrue();
    assertThat(fix.note()).isEqualTo("replaced the fitting");
    assertThat(task(s).state()).isEqualTo(RectificationState.FIXED);
    assertThat(html)
        .contains("src=\"" + fixPhoto(s, id, fix.fixId()) + "\"")
        .contains("data-fix-photo")
        .contains("data-item-photo")
        .contains("After the fix");

    byte[] served =
        PortalSession.of(s.customer())
            .browser()
            .get(fixPhoto(s, id, fix.fixId()))
            .then()
            .statusCode(200)
            .contentType("image/jpeg")
            .header("X-Content-Type-Options", "nosniff")
            .extract()
            .asByteArray();
    assertThat(served).isEqualTo(jpeg);
    PortalSession.of(users.user(Role.HOMEOWNER))
        .browser()
        .get(fixPhoto(s, id, fix.fixId()))
        .then()
        .statusCode(403);
    as(s.customerToken()).get(fixPhoto(s, id, "fix-missing")).then().statusCode(404);

    assertThat(fixLinks(s)).isEqualTo(1);
    ChainReport intact = evidence.verify(s.projectId());
    assertThat(intact.intact()).as(intact.summary()).isTrue();
    String key = db.text("SELECT photo_key FROM rectification_fix WHERE fix_id = ?", fix.fixId());
    Path file =
        Path.of(ConfigProvider.getConfig().getValue("sitehub.attachments.dir", String.class), key);
    byte[] altered = jpeg.clone();
    altered[altered.length - 1] ^= 0x01;
    Files.write(file, altered);
    try {
      ChainReport broken = evidence.verify(s.projectId());
      assertThat(broken.intact()).isFalse();
      assertThat(broken.brokenKind()).isEqualTo(RecordKind.RECTIFICATION_FIX);
      assertThat(broken.brokenRecordId()).isEqualTo(fix.fixId());
    } finally {
      Files.write(file, jpeg);
    }
    assertThat(evidence.verify(s.projectId()).intact()).isTrue();
  }

  @Test
  void fix_sentBackAndFixedAgain_bothReportsKeptNewestShown() {
    Site s = journey.funded();
    String id = failed(s);
    PortalSession pm = PortalSession.of(s.pm());
    pm.htmx()
        .multiPart("note", "first try")
        .multiPart("photo", "first.jpg", uniqueJpeg(), "image/jpeg")
        .post(InspectionPageTest.tasks(s) + "/" + id + "/fixed")
        .then()
        .statusCode(200);
    PortalSession.of(s.supervisor())
        .htmx()
        .post(InspectionPageTest.tasks(s) + "/" + id + "/reopen")
        .then()
        .statusCode(200);
    String html =
        pm.htmx()
            .header("Accept-Language", "zh-CN")
            .formParam("note", "second try, no photo")
            .post(InspectionPageTest.tasks(s) + "/" + id + "/fixed")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Rectification t = task(s);
    assertThat(t.fixes())
        .extracting(RectificationFix::note)
        .containsExactly("first try", "second try, no photo");
    assertThat(t.fixes()).extracting(RectificationFix::hasPhoto).containsExactly(true, false);
    assertThat(html)
        .contains("整改次数")
        .contains("data-fix-count>2<")
        .doesNotContain("data-fix-photo");
    assertThat(fixLinks(s)).isEqualTo(2);
    assertThat(evidence.verify(s.projectId()).intact()).isTrue();
  }

  @Test
  void fix_badOrOversizedPhoto_fieldErrorInTheViewersLanguageAndNothingStored() {
    Site s = journey.funded();
    String id = failed(s);
    String text =
        PortalSession.of(s.pm())
            .htmx()
            .header("Accept-Language", "zh-CN")
            .multiPart("note", "kept as typed <b>")
            .multiPart("photo", "after.jpg", "not an image".getBytes(), "image/jpeg")
            .post(InspectionPageTest.tasks(s) + "/" + id + "/fixed")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(text)
        .contains("id=\"fix-photo-" + id + "-error\">只接受 JPEG 或 PNG 照片。</p>")
        .contains("kept as typed &lt;b&gt;</textarea>");
    byte[] big = new byte[300 * 1024];
    System.arraycopy(uniqueJpeg(), 0, big, 0, 64);
    String large =
        PortalSession.of(s.pm())
            .htmx()
            .header("Accept-Language", "en")
            .multiPart("note", "done")
            .multiPart("photo", "after.jpg", big, "image/jpeg")
            .post(InspectionPageTest.tasks(s) + "/" + id + "/fixed")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(large).contains("id=\"fix-photo-" + id + "-error\">The photo is too large.</p>");
    assertThat(task(s).state()).isEqualTo(RectificationState.OPEN);
    assertThat(task(s).fixes()).isEmpty();
    assertThat(fixLinks(s)).isZero();
  }

  @Test
  void fixApi_photoAsBase64_storedAndServed_badBase64Refused() {
    Site s = journey.funded();
    String id = failed(s);
    as(s.pmToken())
        .body(Map.of("note", "done", "photoBase64", "%%%"))
        .post(base(s) + "/rectifications/" + id + "/fixed")
        .then()
        .statusCode(400)
        .body("type", endsWith("invalid-photo"));
    assertThat(task(s).state()).isEqualTo(RectificationState.OPEN);
    byte[] jpeg = uniqueJpeg();
    as(s.pmToken())
        .body(Map.of("note", "done", "photoBase64", Base64.getEncoder().encodeToString(jpeg)))
        .post(base(s) + "/rectifications/" + id + "/fixed")
        .then()
        .statusCode(200)
        .body("state", equalTo("FIXED"))
        .body("fixes[0].hasPhoto", equalTo(true));
    String fixId = task(s).latestFix().orElseThrow().fixId();
    assertThat(
            as(s.customerToken())
                .get(fixPhoto(s, id, fixId))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray())
        .isEqualTo(jpeg);
  }

  @Test
  void inspectionPhoto_onTheStagePage_servedToMembersOnly() {
    Site s = journey.funded();
    failed(s);
    String code = InspectionPageTest.CODES.get(0);
    String html =
        PortalSession.of(s.customer())
            .browser()
            .header("Accept-Language", "en")
            .get(InspectionPageTest.stage(s))
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String inspectionId =
        db.text("SELECT inspection_id FROM inspection WHERE project_id = ?", s.projectId());
    String url = base(s) + "/inspections/" + inspectionId + "/photos/" + code;
    assertThat(html).contains("src=\"" + url + "\"").contains("data-item-photo=\"" + code + "\"");
    assertThat(html).containsPattern("alt=\"Photo of [^\"]+\"");
    byte[] served =
        PortalSession.of(s.customer())
            .browser()
            .get(url)
            .then()
            .statusCode(200)
            .contentType("image/png")
            .extract()
            .asByteArray();
    assertThat(served).isEqualTo(InspectionPageTest.PNG);
    PortalSession.of(users.user(Role.SUPERVISOR)).browser().get(url).then().statusCode(403);
    as(s.customerToken())
        .get(
            base(s) + "/inspections/" + inspectionId + "/photos/" + InspectionPageTest.CODES.get(1))
        .then()
        .statusCode(404);
  }
}
