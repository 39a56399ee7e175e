package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.consultation.ConsultationService;
import dev.sitehub.cloud.consultation.ReplyRequest;
import dev.sitehub.cloud.consultation.ThreadView;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A homeowner asks a company from its library page and follows the thread in the portal: the same
 * consultation service as the API, errors next to the field in the page's language, and nobody but
 * the thread's customer opens it here.
 */
@QuarkusTest
class CustomerInquiriesPageTest {
  @Inject TestUsers users;
  @Inject BusinessFixtures business;
  @Inject ConsultationService consultation;

  private Company deco(boolean verified) {
    return business.company(
        EnterpriseType.DECORATION_COMPANY,
        "安居装饰 " + System.nanoTime(),
        business.uniqueCity(),
        "",
        List.of(),
        3,
        verified,
        Role.PROJECT_MANAGER);
  }

  private static RequestSpecification form(PortalSession s, String lang) {
    return s.browser()
        .header("Accept-Language", lang)
        .contentType(ContentType.URLENC.withCharset("UTF-8"))
        .formParam("_csrf", s.csrf());
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
  void ask_zhCN_fromLibraryPageThreadWithRepliesBothWays() {
    Company c = deco(true);
    UserAccount owner = users.user(Role.HOMEOWNER);
    PortalSession s = PortalSession.of(owner);
    String profile = get(s, "zh-CN", "/portal/enterprises/" + c.id(), 200);
    assertThat(profile)
        .contains("id=\"ask-enterprise\"")
        .contains("href=\"/portal/inquiries/new?enterprise=" + c.id() + "\"")
        .contains(">咨询</a>");
    assertThat(get(s, "zh-CN", "/portal/inquiries/new?enterprise=" + c.id(), 200))
        .contains("咨询 " + c.enterprise().name())
        .contains("name=\"enterpriseId\" value=\"" + c.id() + "\"");
    String location =
        form(s, "zh-CN")
            .formParam("enterpriseId", c.id())
            .formParam("subject", "<b>厨房</b>报价")
            .formParam("body", "8 平方米厨房翻新多少钱？")
            .post("/portal/inquiries")
            .then()
            .statusCode(303)
            .header("Location", containsString("?done=sent"))
            .extract()
            .header("Location");
    ThreadView t = consultation.mine(owner.userId()).get(0);
    assertThat(t.enterpriseId()).isEqualTo(c.id());
    String thread = "/portal/inquiries/" + t.inquiryId() + "/" + c.id();
    assertThat(location).endsWith(thread + "?done=sent");
    assertThat(get(s, "zh-CN", thread + "?done=sent", 200))
        .contains("咨询已发送")
        .contains("&lt;b&gt;厨房&lt;/b&gt;报价")
        .doesNotContain("<b>厨房")
        .contains("data-status=\"OPEN\"");
    consultation.reply(
        t.inquiryId(),
        c.id(),
        new ReplyRequest("大约 9000 元"),
        c.staff().get(Role.PROJECT_MANAGER).userId());
    assertThat(get(s, "zh-CN", thread, 200))
        .contains("大约 9000 元")
        .contains("data-from=\"enterprise\"")
        .contains("已回复");
    form(s, "zh-CN")
        .formParam("body", "好的，什么时候可以上门？")
        .post(thread + "/reply")
        .then()
        .statusCode(303);
    assertThat(consultation.thread(t.inquiryId(), c.id(), owner.userId()).messages())
        .extracting(m -> m.body())
        .containsExactly("8 平方米厨房翻新多少钱？", "大约 9000 元", "好的，什么时候可以上门？");
    assertThat(get(s, "zh-CN", "/portal/inquiries", 200))
        .contains("我的咨询")
        .contains("data-inquiry-id=\"" + t.inquiryId() + "\"")
        .contains(c.enterprise().name());
    assertThat(get(s, "en", "/portal/inquiries", 200))
        .contains("My inquiries")
        .contains("Waiting for a reply");
  }

  @Test
  void ask_badFieldsOrUnverified_errorInLanguageNothingSent() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    PortalSession s = PortalSession.of(owner);
    Company c = deco(true);
    String noSubject =
        form(s, "zh-CN")
            .formParam("enterpriseId", c.id())
            .formParam("subject", " ")
            .formParam("body", "多少钱？")
            .post("/portal/inquiries")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(noSubject).contains("id=\"ask-subject-error\">请填写主题").contains("多少钱？</textarea>");
    String longBody =
        form(s, "en")
            .formParam("enterpriseId", c.id())
            .formParam("subject", "Kitchen")
            .formParam("body", "x".repeat(5001))
            .post("/portal/inquiries")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(longBody)
        .contains("id=\"ask-body-error\">Please write your question")
        .contains("value=\"Kitchen\"");
    Company pending = deco(false);
    assertThat(get(s, "en", "/portal/enterprises/" + pending.id(), 404))
        .doesNotContain("id=\"ask-enterprise\"");
    String unverified =
        form(s, "zh-CN")
            .formParam("enterpriseId", pending.id())
            .formParam("subject", "报价")
            .formParam("body", "多少钱？")
            .post("/portal/inquiries")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(unverified).contains("id=\"ask-error\">该公司尚未认证");
    assertThat(consultation.mine(owner.userId())).isEmpty();
  }

  @Test
  void thread_notTheCustomer_403AndReplyRefused() {
    Company c = deco(true);
    UserAccount owner = users.user(Role.HOMEOWNER);
    ThreadView t =
        consultation
            .ask(
                new dev.sitehub.cloud.consultation.InquiryRequest(
                    "Quote", "How much?", List.of(c.id())),
                owner.userId())
            .get(0);
    String thread = "/portal/inquiries/" + t.inquiryId() + "/" + c.id();
    PortalSession stranger = PortalSession.of(users.user(Role.HOMEOWNER));
    assertThat(get(stranger, "en", thread, 403)).contains("id=\"forbidden\"");
    form(stranger, "en").formParam("body", "hi").post(thread + "/reply").then().statusCode(403);
    PortalSession pm = PortalSession.of(c.staff().get(Role.PROJECT_MANAGER));
    assertThat(get(pm, "en", thread, 403)).contains("id=\"forbidden\"");
    PortalSession s = PortalSession.of(owner);
    String empty =
        form(s, "en")
            .formParam("body", "")
            .post(thread + "/reply")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(empty).contains("id=\"reply-body-error\">Please write your question");
    assertThat(consultation.thread(t.inquiryId(), c.id(), owner.userId()).messages()).hasSize(1);
  }
}
