package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The acceptance record and the payment statement as PDFs to keep: criteria verdicts with their
 * sensor evidence, the checklist, both signers and the evidence chain's receipt; balances, stages
 * and transactions; in Chinese and English with the CJK font embedded; project members only.
 */
@QuarkusTest
class KeptPdfsTest {
  @Inject ProjectJourney journey;
  @Inject TestUsers users;

  private static String stage(Site s) {
    return "/portal/projects/" + s.projectId() + "/stages/1";
  }

  private static byte[] get(PortalSession who, String path) {
    return who.browser()
        .get(path)
        .then()
        .statusCode(200)
        .contentType("application/pdf")
        .extract()
        .asByteArray();
  }

  /** A stage whose record both the supervisor and the homeowner signed on the portal. */
  private Site signed() throws Exception {
    Site s = journey.awaitingSignatures("ok");
    PortalSession.of(s.supervisor())
        .htmx()
        .post(stage(s) + "/acceptance/sign")
        .then()
        .statusCode(200);
    PortalSession.of(s.customer())
        .htmx()
        .post(stage(s) + "/acceptance/sign")
        .then()
        .statusCode(200);
    return s;
  }

  @Test
  void acceptancePdf_signedRecord_verdictsEvidenceSignersAndReceiptInBothLanguages()
      throws Exception {
    Site s = signed();
    PortalSession owner = PortalSession.of(s.customer());
    String zh = PdfAssertions.text(get(owner, stage(s) + "/acceptance.pdf?lang=zh"));
    assertThat(zh)
        .contains("阶段验收记录")
        .contains("CLOSED_WATER")
        .contains("leak1")
        .contains("通过")
        .contains("检查清单")
        .contains(PdfAssertions.squeezed(s.supervisor().displayName()))
        .contains(PdfAssertions.squeezed(s.customer().displayName()))
        .contains("双方已签字")
        .contains("sitehub-evidence-receipt/1" + s.projectId());
    String en =
        PdfAssertions.text(
            get(PortalSession.of(s.supervisor()), stage(s) + "/acceptance.pdf?lang=en"));
    assertThat(en)
        .contains("Stageacceptancerecord")
        .contains("pass")
        .contains("Evidencechain")
        .contains("sitehub-evidence-receipt/1" + s.projectId());
    String page =
        owner.browser().get(stage(s) + "/acceptance").then().statusCode(200).extract().asString();
    assertThat(page).contains("id=\"acceptance-pdf-zh\"").contains("acceptance.pdf?lang=en");
  }

  @Test
  void statementPdf_funded_balancesStagesAndTransactionsInBothLanguages() throws Exception {
    Site s = journey.funded();
    PortalSession owner = PortalSession.of(s.customer());
    String path = "/portal/projects/" + s.projectId() + "/payments/statement.pdf";
    String zh = PdfAssertions.text(get(owner, path + "?lang=zh"));
    assertThat(zh)
        .contains("付款对账单")
        .contains(PdfAssertions.squeezed(s.customer().displayName()))
        .contains(PdfAssertions.squeezed(s.deco().enterprise().name()))
        .contains("¥100,000.00")
        .contains("¥40,000.00")
        .contains("存入")
        .contains("未验收");
    String en = PdfAssertions.text(get(PortalSession.of(s.pm()), path + "?lang=en"));
    assertThat(en).contains("Paymentstatement").contains("Deposit").contains("¥40,000.00");
    String project =
        owner
            .browser()
            .get("/portal/projects/" + s.projectId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(project).contains("id=\"statement-pdf-zh\"");
  }

  @Test
  void pdfs_otherHomeowner_403() throws Exception {
    Site s = journey.awaitingSignatures("ok");
    PortalSession other = PortalSession.of(users.user(Role.HOMEOWNER));
    other.browser().get(stage(s) + "/acceptance.pdf").then().statusCode(403);
    other
        .browser()
        .get("/portal/projects/" + s.projectId() + "/payments/statement.pdf")
        .then()
        .statusCode(403);
  }
}
