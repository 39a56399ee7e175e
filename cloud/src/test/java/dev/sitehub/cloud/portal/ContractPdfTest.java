package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Draft;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract as a PDF to keep: the Chinese clauses filled from the contract's data (names, not
 * ids; the price with its 大写; materials, warranty, disputes), the English reference rendering, the
 * CJK font embedded, and only the contract's readers may download it.
 */
@QuarkusTest
class ContractPdfTest {
  static final long TOTAL_FEN = 12_345_678L;

  @Inject LifecycleFixtures fixtures;
  @Inject TestUsers users;

  private Draft draft() {
    Draft d = fixtures.draft(TOTAL_FEN, "厨房、卫生间翻新 kitchen and bathroom");
    given()
        .auth()
        .oauth2(d.customerToken())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "provisions",
                Map.of(
                    "floorAreaM2",
                    89.5,
                    "materials",
                    List.of(
                        Map.of("item", "地砖 floor tiles", "suppliedBy", "CUSTOMER"),
                        Map.of("item", "水电管材 pipes", "suppliedBy", "CONTRACTOR")),
                    "arbitrationCommission",
                    "福州仲裁委员会")))
        .put("/api/contracts/" + d.contractId())
        .then()
        .statusCode(200);
    return d;
  }

  private static byte[] pdf(PortalSession s, Draft d, String lang) {
    return s.browser()
        .get("/portal/contracts/" + d.contractId() + "/document.pdf?lang=" + lang)
        .then()
        .statusCode(200)
        .contentType("application/pdf")
        .header("Content-Disposition", org.hamcrest.Matchers.containsString(".pdf"))
        .extract()
        .asByteArray();
  }

  @Test
  void pdf_chinese_clausesFromTheContractExtractableWithEmbeddedFont() {
    Draft d = draft();
    String text = PdfAssertions.text(pdf(PortalSession.of(d.customer()), d, "zh"));
    assertThat(text)
        .contains("住宅装饰装修工程施工合同")
        .contains(PdfAssertions.squeezed(d.customer().displayName()))
        .contains(PdfAssertions.squeezed(d.deco().enterprise().name()))
        .contains(PdfAssertions.squeezed(d.deco().enterprise().creditCode()))
        .contains(PdfAssertions.squeezed(d.supervision().enterprise().name()))
        .contains("1SimulationRoad")
        .contains("89.5平方米")
        .contains("合同工期共121日历天")
        .contains("¥123,456.78")
        .contains("壹拾贰万叁仟肆佰伍拾陆元柒角捌分")
        .contains("地砖floortiles")
        .contains("甲方（甲供）")
        .contains("GB50327")
        .contains("GB50210")
        .contains("GB50325")
        .contains("为2年")
        .contains("防渗漏保修期为5年")
        .contains("0.05%")
        .contains("提交福州仲裁委员会仲裁")
        .contains("备案号")
        .contains("尚未备案")
        .doesNotContain(d.customer().userId())
        .doesNotContain(d.deco().id());
  }

  @Test
  void pdf_english_referenceRenderingWithTheSameFacts() {
    Draft d = draft();
    String text = PdfAssertions.text(pdf(PortalSession.of(d.customer()), d, "en"));
    assertThat(text)
        .contains("ResidentialDecorationandRenovationWorksContract")
        .contains("TheChinesetext")
        .contains(PdfAssertions.squeezed(d.customer().displayName()))
        .contains(PdfAssertions.squeezed(d.deco().enterprise().name()))
        .contains("¥123,456.78")
        .contains("壹拾贰万叁仟肆佰伍拾陆元柒角捌分")
        .contains("warrantyperiodis2years")
        .contains("and5yearsfortheanti-leak")
        .contains("submittedto福州仲裁委员会forarbitration")
        .doesNotContain("住宅装饰装修工程施工合同");
  }

  @Test
  void pdf_noLanguageAsked_viewersLanguage() {
    Draft d = draft();
    byte[] pdf =
        PortalSession.of(d.customer())
            .browser()
            .header("Accept-Language", "en")
            .get("/portal/contracts/" + d.contractId() + "/document.pdf")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(PdfAssertions.text(pdf)).contains("ResidentialDecorationandRenovationWorksContract");
  }

  @Test
  void page_showsClausesInViewersLanguageAndLinksBothPdfs() {
    Draft d = draft();
    String html =
        PortalSession.of(d.customer())
            .browser()
            .header("Accept-Language", "zh-CN")
            .get("/portal/contracts/" + d.contractId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"contract-pdf-zh\"")
        .contains("document.pdf?version=1&amp;lang=en")
        .contains("住宅装饰装修工程施工合同")
        .contains("壹拾贰万叁仟肆佰伍拾陆元柒角捌分")
        .contains("提交 福州仲裁委员会 仲裁");
  }

  @Test
  void pdf_otherHomeowner_403() {
    Draft d = draft();
    PortalSession.of(users.user(Role.HOMEOWNER))
        .browser()
        .get("/portal/contracts/" + d.contractId() + "/document.pdf?lang=zh")
        .then()
        .statusCode(403);
    given()
        .get("/portal/contracts/" + d.contractId() + "/document.pdf")
        .then()
        .statusCode(
            org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(401),
                org.hamcrest.Matchers.is(302),
                org.hamcrest.Matchers.is(303)));
    assertThat(TestUsers.token(d.customer())).isNotBlank();
  }
}
