package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.consultation.ConsultationService;
import dev.sitehub.cloud.consultation.InquiryRequest;
import dev.sitehub.cloud.contracts.ContractService;
import dev.sitehub.cloud.contracts.ContractView;
import dev.sitehub.cloud.contracts.VersionStatus;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decoration company's admin drafts a contract from an inquiry in the portal (the same contract
 * service as the API); the homeowner finds it in their contract list marked as awaiting their
 * signature, and the service says whose signature each contract awaits.
 */
@QuarkusTest
class ContractDraftPagesTest {
  @Inject TestUsers users;
  @Inject BusinessFixtures business;
  @Inject ConsultationService consultation;
  @Inject ContractService contracts;

  private Company deco() {
    return business.company(
        EnterpriseType.DECORATION_COMPANY,
        "安居装饰 " + System.nanoTime(),
        business.uniqueCity(),
        "",
        List.of(),
        3,
        true,
        Role.PROJECT_MANAGER);
  }

  private String inquiry(Company c, UserAccount owner) {
    return consultation
        .ask(new InquiryRequest("厨房翻新", "多少钱？", List.of(c.id())), owner.userId())
        .get(0)
        .inquiryId();
  }

  private static RequestSpecification draft(
      PortalSession s, String lang, String inquiry, String pm, String total, String stages) {
    return s.browser()
        .header("Accept-Language", lang)
        .contentType(ContentType.URLENC.withCharset("UTF-8"))
        .formParam("_csrf", s.csrf())
        .formParam("inquiry", inquiry)
        .formParam("title", "厨房翻新合同")
        .formParam("siteName", "幸福小区 3-201")
        .formParam("siteAddress", "杭州市西湖区文三路 1 号")
        .formParam("scope", "厨房水电与瓷砖")
        .formParam("total", total)
        .formParam("startDate", "2026-12-10")
        .formParam("endDate", "2027-02-10")
        .formParam("projectManager", pm)
        .formParam("stages", stages);
  }

  private static String get(PortalSession s, String lang, String path, int status) {
    return s.browser()
        .header("Accept-Language", lang)
        .get(path)
        .then()
        .statusCode(status)
        .contentType("text/html")
        .extract()
        .asString();
  }

  @Test
  void draft_zhCN_adminDraftsFromInquiryHomeownerSeesItAwaitingSignature() {
    Company c = deco();
    UserAccount owner = users.user(Role.HOMEOWNER);
    String inq = inquiry(c, owner);
    PortalSession admin = PortalSession.of(c.admin());
    assertThat(get(admin, "zh-CN", "/portal/enterprise/" + c.id() + "/inquiries/" + inq, 200))
        .contains("id=\"draft-contract\"")
        .contains("根据此咨询起草合同");
    assertThat(get(admin, "zh-CN", "/portal/contract-drafts?inquiry=" + inq, 200))
        .contains("起草合同")
        .contains("value=\"" + c.staff().get(Role.PROJECT_MANAGER).userId() + "\"");
    String location =
        draft(
                admin,
                "zh-CN",
                inq,
                c.staff().get(Role.PROJECT_MANAGER).userId(),
                "120000.50",
                "水电 40\n泥木 40\n油漆 15\n竣工 5")
            .post("/portal/contract-drafts")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    List<ContractView> awaiting = contracts.awaitingSignatureOf(owner.userId());
    assertThat(awaiting).hasSize(1);
    ContractView v = awaiting.get(0);
    assertThat(location).endsWith("/portal/contracts/" + v.contractId());
    assertThat(v.status()).isEqualTo(VersionStatus.DRAFT);
    assertThat(v.terms().customer().id()).isEqualTo(owner.userId());
    assertThat(v.terms().totalFen()).isEqualTo(12_000_050L);
    assertThat(v.terms().stages())
        .extracting(s -> s.name())
        .containsExactly("水电", "泥木", "油漆", "竣工");
    assertThat(contracts.awaitingSignatureOf(c.admin().userId())).hasSize(1);
    assertThat(contracts.awaitingSignatureOf(c.staff().get(Role.PROJECT_MANAGER).userId()))
        .isEmpty();
    PortalSession homeowner = PortalSession.of(owner);
    assertThat(get(homeowner, "zh-CN", "/portal/contracts", 200))
        .contains("id=\"awaiting-signature\"")
        .contains("等待您签署的合同：1 份")
        .contains("data-contract-id=\"" + v.contractId() + "\"")
        .contains("data-awaiting=\"you\"");
    assertThat(get(homeowner, "en", "/portal/contracts/" + v.contractId(), 200))
        .contains("id=\"sign-contract\"")
        .contains("id=\"all-contracts\"");
    assertThat(get(PortalSession.of(users.user(Role.HOMEOWNER)), "en", "/portal/contracts", 200))
        .contains("id=\"no-contracts\"")
        .doesNotContain(v.contractId());
  }

  @Test
  void draft_badFieldsOrNotAdmin_errorNextToFieldOr403NothingDrafted() {
    Company c = deco();
    UserAccount owner = users.user(Role.HOMEOWNER);
    String inq = inquiry(c, owner);
    String pm = c.staff().get(Role.PROJECT_MANAGER).userId();
    PortalSession admin = PortalSession.of(c.admin());
    String sum =
        draft(admin, "zh-CN", inq, pm, "50000", "水电 40\n泥木 40")
            .post("/portal/contract-drafts")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(sum)
        .contains("id=\"df-stages-error\">各阶段比例合计必须正好为 100%。")
        .contains("value=\"厨房翻新合同\"");
    String total =
        draft(admin, "en", inq, pm, "-3", "")
            .post("/portal/contract-drafts")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(total).contains("id=\"df-total-error\">Enter the total in yuan");
    String noPm =
        draft(admin, "en", inq, "", "50000", "")
            .post("/portal/contract-drafts")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(noPm).contains("id=\"df-projectManager-error\">Choose your company");
    PortalSession pmSession = PortalSession.of(c.staff().get(Role.PROJECT_MANAGER));
    draft(pmSession, "en", inq, pm, "50000", "")
        .post("/portal/contract-drafts")
        .then()
        .statusCode(403)
        .contentType("text/html");
    Company other = deco();
    draft(PortalSession.of(other.admin()), "en", inq, pm, "50000", "")
        .post("/portal/contract-drafts")
        .then()
        .statusCode(403);
    assertThat(contracts.mine(owner.userId())).isEmpty();
  }
}
