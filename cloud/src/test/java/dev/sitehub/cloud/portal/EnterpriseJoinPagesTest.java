package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.enterprises.CertificateKind;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import dev.sitehub.cloud.enterprises.EnterpriseStatus;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import dev.sitehub.cloud.enterprises.StaffMember;
import dev.sitehub.cloud.enterprises.StaffService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company joins through the portal: registration (the same service as the API, errors next to the
 * field in the page's language) and certificate uploads by its admin, with the workspace saying
 * while the business licence is missing or the company awaits verification.
 */
@QuarkusTest
class EnterpriseJoinPagesTest {
  static final String REGISTER = "/portal/enterprise-registration";

  @Inject TestUsers users;
  @Inject BusinessFixtures business;
  @Inject EnterpriseService enterprises;
  @Inject StaffService staff;

  private static RequestSpecification form(PortalSession s, String lang) {
    return s.browser()
        .header("Accept-Language", lang)
        .contentType(ContentType.URLENC.withCharset("UTF-8"))
        .formParam("_csrf", s.csrf());
  }

  private static RequestSpecification registration(
      PortalSession s, String lang, String name, String code) {
    return registration(s, lang, "DECORATION_COMPANY", name, code, "杭州");
  }

  private static RequestSpecification registration(
      PortalSession s, String lang, String type, String name, String code, String city) {
    return form(s, lang)
        .formParam("type", type)
        .formParam("name", name)
        .formParam("creditCode", code)
        .formParam("city", city)
        .formParam("district", "西湖区")
        .formParam("specialties", "厨房，卫生间")
        .formParam("priceBand", "3")
        .formParam("description", "");
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

  /** A valid code with its last (check) character replaced by another valid character. */
  private static String wrongCheck(String code) {
    char last = code.charAt(17);
    return code.substring(0, 17) + (last == '0' ? '1' : '0');
  }

  @Test
  void register_zhCN_companyRegisteredCallerAdminLicenceMissingNoticeThenUploaded() {
    UserAccount founder = users.user(Role.HOMEOWNER);
    PortalSession s = PortalSession.of(founder);
    assertThat(get(s, "zh-CN", "/portal/enterprise", 200))
        .contains("id=\"register-enterprise\"")
        .doesNotContain("企业接口");
    assertThat(get(s, "zh-CN", REGISTER, 200))
        .contains("注册公司")
        .contains("统一社会信用代码")
        .contains("name=\"_csrf\" value=\"" + s.csrf() + "\"");
    String code = business.creditCode();
    String location =
        registration(s, "zh-CN", "明亮装饰", code.toLowerCase())
            .post(REGISTER)
            .then()
            .statusCode(303)
            .header("Location", endsWith("/certificates?done=registered"))
            .extract()
            .header("Location");
    StaffMember m = staff.membership(founder.userId()).orElseThrow();
    assertThat(m.role()).isEqualTo(Role.ENTERPRISE_ADMIN);
    var e = enterprises.get(m.enterpriseId());
    assertThat(e.name()).isEqualTo("明亮装饰");
    assertThat(e.creditCode()).isEqualTo(code);
    assertThat(e.type()).isEqualTo(EnterpriseType.DECORATION_COMPANY);
    assertThat(e.status()).isEqualTo(EnterpriseStatus.PENDING);
    assertThat(e.specialties()).containsExactly("厨房", "卫生间");
    String certs = get(s, "zh-CN", location.substring(location.indexOf("/portal")), 200);
    assertThat(certs)
        .contains("公司已注册")
        .contains("id=\"licence-missing\"")
        .contains("id=\"certificate-form\"")
        .contains("id=\"no-certificates\"");
    String ws = "/portal/enterprise/" + m.enterpriseId();
    assertThat(get(s, "zh-CN", ws, 200)).contains("id=\"licence-missing\"").contains("尚未上传营业执照");
    s.browser()
        .header("Accept-Language", "zh-CN")
        .multiPart("_csrf", s.csrf())
        .multiPart("kind", "BUSINESS_LICENCE")
        .multiPart("file", "执照.pdf", BusinessFixtures.PDF, "application/pdf")
        .post(ws + "/certificates")
        .then()
        .statusCode(303)
        .header("Location", endsWith(ws + "/certificates?done=uploaded"));
    assertThat(enterprises.certificates(m.enterpriseId()))
        .extracting(c -> c.kind())
        .containsExactly(CertificateKind.BUSINESS_LICENCE);
    assertThat(get(s, "zh-CN", ws + "/certificates?done=uploaded", 200))
        .contains("证照已上传")
        .contains("data-kind=\"BUSINESS_LICENCE\"")
        .contains("id=\"awaiting-verification\"")
        .doesNotContain("id=\"licence-missing\"");
    assertThat(get(s, "en", ws, 200))
        .contains("waiting for the platform to verify")
        .doesNotContain("licence-missing");
    s.browser()
        .get(REGISTER)
        .then()
        .statusCode(303)
        .header("Location", endsWith("/portal/enterprise"));
  }

  @Test
  void register_badFields_errorNextToFieldInLanguageNothingRegistered() {
    UserAccount someone = users.user(Role.HOMEOWNER);
    PortalSession s = PortalSession.of(someone);
    String check =
        registration(s, "zh-CN", "校验装饰", wrongCheck(business.creditCode()))
            .post(REGISTER)
            .then()
            .statusCode(422)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(check)
        .contains("aria-invalid=\"true\"")
        .contains("id=\"rg-creditCode-error\">最后一位校验码与前 17 位不符")
        .contains("value=\"校验装饰\"");
    String shortCode =
        registration(s, "en", "Short Co", "91330")
            .post(REGISTER)
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(shortCode).contains("id=\"rg-creditCode-error\">Enter the 18-character");
    String noType =
        registration(s, "en", "", "Typeless", business.creditCode(), "Hangzhou")
            .post(REGISTER)
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(noType).contains("id=\"rg-type-error\">Choose the type of your company.");
    String noCity =
        registration(s, "zh-CN", "DESIGN_COMPANY", "无城", business.creditCode(), " ")
            .post(REGISTER)
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(noCity).contains("id=\"rg-city-error\">请填写城市");
    Company taken = business.company(EnterpriseType.DESIGN_COMPANY, business.uniqueCity(), false);
    String dup =
        registration(s, "en", "Copycat", taken.enterprise().creditCode())
            .post(REGISTER)
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(dup).contains("id=\"rg-creditCode-error\">A company with this credit code");
    assertThat(staff.membership(someone.userId())).isEmpty();
  }

  @Test
  void register_withoutCsrf_403NothingRegistered() {
    UserAccount someone = users.user(Role.HOMEOWNER);
    PortalSession s = PortalSession.of(someone);
    s.browser()
        .contentType(ContentType.URLENC)
        .formParam("type", "DESIGN_COMPANY")
        .formParam("name", "Forged")
        .formParam("creditCode", business.creditCode())
        .formParam("city", "c")
        .formParam("priceBand", "3")
        .post(REGISTER)
        .then()
        .statusCode(403);
    assertThat(staff.membership(someone.userId())).isEmpty();
  }

  @Test
  void upload_badFileOrNonAdmin_errorNextToFieldOr403NothingStored() {
    Company c =
        business.company(
            EnterpriseType.SUPERVISION_COMPANY,
            "Watch Co",
            business.uniqueCity(),
            "",
            List.of(),
            3,
            false,
            Role.SUPERVISOR);
    String path = "/portal/enterprise/" + c.id() + "/certificates";
    PortalSession admin = PortalSession.of(c.admin());
    String fake =
        admin
            .browser()
            .header("Accept-Language", "zh-CN")
            .multiPart("_csrf", admin.csrf())
            .multiPart("kind", "BUSINESS_LICENCE")
            .multiPart("file", "licence.pdf", "not a pdf".getBytes(), "application/pdf")
            .post(path)
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(fake).contains("id=\"ct-file-error\">只接受 PDF、PNG 和 JPEG 文件。");
    String empty =
        admin
            .browser()
            .header("Accept-Language", "en")
            .multiPart("_csrf", admin.csrf())
            .multiPart("kind", "QUALIFICATION")
            .post(path)
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(empty)
        .contains("id=\"ct-file-error\">Choose a file to upload.")
        .contains("<option value=\"QUALIFICATION\" selected>");
    PortalSession supervisor = PortalSession.of(c.staff().get(Role.SUPERVISOR));
    assertThat(get(supervisor, "en", path, 200))
        .contains("id=\"licence-missing\"")
        .doesNotContain("id=\"certificate-form\"")
        .doesNotContain("id=\"upload-licence\"");
    supervisor
        .browser()
        .multiPart("_csrf", supervisor.csrf())
        .multiPart("kind", "BUSINESS_LICENCE")
        .multiPart("file", "licence.pdf", BusinessFixtures.PDF, "application/pdf")
        .post(path)
        .then()
        .statusCode(403)
        .contentType("text/html");
    PortalSession outsider = PortalSession.of(users.user(Role.OPERATOR));
    assertThat(get(outsider, "en", path, 403)).contains("id=\"forbidden\"");
    assertThat(enterprises.certificates(c.id())).isEmpty();
  }
}
