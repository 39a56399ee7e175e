package dev.sitehub.cloud.design;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.LifecycleMatrix;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.sites.SiteService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Verifies design confirmation: the designer uploads checked versions, members comment, the
 * customer confirms exactly one, and the confirmation (with the file's hash) joins the evidence
 * chain, where an altered proposal file is named at its link.
 */
@QuarkusTest
class DesignConfirmationTest {
  private static final String P = "https://sitehub.dev/problems/";
  @Inject LifecycleFixtures fixtures;
  @Inject TestUsers users;
  @Inject SiteService sites;
  @Inject Db db;
  @Inject LifecycleMatrix matrix;

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private static String file(byte[] magic) {
    byte[] noise = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    byte[] b = new byte[magic.length + noise.length];
    System.arraycopy(magic, 0, b, 0, magic.length);
    System.arraycopy(noise, 0, b, magic.length, noise.length);
    return Base64.getEncoder().encodeToString(b);
  }

  @Test
  void design_uploadCommentConfirmOnce_filedAndVerified() throws Exception {
    Site s = fixtures.project(1_000_000L);
    UserAccount designer = users.user(Role.DESIGNER);
    sites.addMember(s.siteId(), designer.userId());
    String designerToken = TestUsers.token(designer);
    String base = "/api/projects/" + s.projectId() + "/design/proposals";
    // A designer on the site whom the contract does not name may not upload.
    as(designerToken)
        .body(
            Map.of(
                "fileName",
                "v0.pdf",
                "fileBase64",
                file("%PDF-".getBytes(StandardCharsets.US_ASCII))))
        .post(base)
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "not-project-role"));
    matrix.name(s.projectId(), Role.DESIGNER, designer.userId(), "ent-design");

    String v1 =
        as(designerToken)
            .body(
                Map.of(
                    "notes",
                    "open kitchen",
                    "fileName",
                    "v1.png",
                    "fileBase64",
                    file(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})))
            .post(base)
            .then()
            .statusCode(201)
            .body("version", equalTo(1))
            .extract()
            .path("proposalId");
    String v2 =
        as(designerToken)
            .body(
                Map.of(
                    "notes",
                    "closed kitchen",
                    "fileName",
                    "v2.pdf",
                    "fileBase64",
                    file("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))))
            .post(base)
            .then()
            .statusCode(201)
            .body("version", equalTo(2))
            .body("fileType", equalTo("PDF"))
            .extract()
            .path("proposalId");
    as(designerToken)
        .body(
            Map.of(
                "fileName",
                "x.txt",
                "fileBase64",
                file("hello".getBytes(StandardCharsets.US_ASCII))))
        .post(base)
        .then()
        .statusCode(415)
        .body("type", equalTo(P + "attachment-type-not-allowed"));
    as(s.customerToken())
        .body(Map.of("fileBase64", file("%PDF-".getBytes(StandardCharsets.US_ASCII))))
        .post(base)
        .then()
        .statusCode(403);

    as(s.customerToken())
        .body(Map.of("text", "Prefer more storage"))
        .post(base + "/" + v1 + "/comments")
        .then()
        .statusCode(200)
        .body("comments[0].body", equalTo("Prefer more storage"));
    UserAccount installer = users.user(Role.INSTALLER);
    sites.addMember(s.siteId(), installer.userId());
    as(TestUsers.token(installer))
        .body(Map.of("text", "x"))
        .post(base + "/" + v1 + "/comments")
        .then()
        .statusCode(403);
    as(s.customerToken())
        .body(Map.of("text", " "))
        .post(base + "/" + v1 + "/comments")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-comment"));

    as(s.customerToken())
        .post(base + "/" + v2 + "/confirm")
        .then()
        .statusCode(200)
        .body("confirmed", equalTo(true));
    as(s.customerToken())
        .post(base + "/" + v1 + "/confirm")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "design-already-confirmed"));
    as(s.customerToken())
        .post(base + "/dsg-nope/confirm")
        .then()
        .statusCode(404)
        .body("type", equalTo(P + "proposal-not-found"));
    as(s.customerToken())
        .get(base)
        .then()
        .statusCode(200)
        .body("confirmed", equalTo(java.util.List.of(false, true)));

    String evidence = "/api/projects/" + s.projectId() + "/evidence";
    assertThat(
            db.count(
                "SELECT count(*) FROM evidence_link WHERE project_id = ? AND kind = 'DESIGN_CONFIRMATION'",
                s.projectId()))
        .isEqualTo(1);
    as(s.customerToken())
        .get(evidence + "/verify")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true));

    String key = db.text("SELECT file_key FROM design_proposal WHERE proposal_id = ?", v2);
    Path f =
        Path.of(ConfigProvider.getConfig().getValue("sitehub.attachments.dir", String.class), key);
    byte[] original = Files.readAllBytes(f);
    byte[] altered = original.clone();
    altered[altered.length - 1] ^= 0x01;
    Files.write(f, altered);
    try {
      as(s.customerToken())
          .get(evidence + "/verify")
          .then()
          .statusCode(200)
          .body("intact", equalTo(false))
          .body("brokenKind", equalTo("DESIGN_CONFIRMATION"));
    } finally {
      Files.write(f, original);
    }
    as(s.customerToken()).get(evidence + "/verify").then().body("intact", equalTo(true));
  }
}
