package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.consultation.ConsultationService;
import dev.sitehub.cloud.consultation.InquiryRequest;
import dev.sitehub.cloud.consultation.ThreadStatus;
import dev.sitehub.cloud.enterprises.Enterprise;
import dev.sitehub.cloud.enterprises.EnterpriseService;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import dev.sitehub.cloud.enterprises.StaffMember;
import dev.sitehub.cloud.enterprises.StaffService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The enterprise workspace over plain HTTP: profile and staff, inquiries, contracts and projects
 * for the enterprise's own staff in both languages; only its admin edits and invites; bad forms
 * show the error next to the field and change nothing; outsiders get the 403 page.
 */
@QuarkusTest
class EnterpriseWorkspaceTest {
  @Inject TestUsers users;
  @Inject BusinessFixtures business;
  @Inject EnterpriseService enterprises;
  @Inject StaffService staff;
  @Inject ConsultationService consultation;

  private Company deco(String name) {
    return business.company(
        EnterpriseType.DECORATION_COMPANY,
        name,
        business.uniqueCity(),
        "",
        List.of("kitchen"),
        3,
        true,
        Role.PROJECT_MANAGER);
  }

  private static String ws(Company c) {
    return "/portal/enterprise/" + c.id();
  }

  /**
   * A plain form post as a browser without JavaScript sends it from a UTF-8 page: the token in a
   * hidden field.
   */
  private static RequestSpecification form(PortalSession s, String lang) {
    return s.browser()
        .header("Accept-Language", lang)
        .contentType(ContentType.URLENC.withCharset("UTF-8"))
        .formParam("_csrf", s.csrf());
  }

  /** The profile form as the page fills it from {@code e}, with some fields typed over. */
  private static RequestSpecification profile(
      PortalSession s, String lang, Enterprise e, Map<String, String> typed) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("name", e.name());
    fields.put("city", e.city());
    fields.put("district", e.district());
    fields.put("specialties", String.join(", ", e.specialties()));
    fields.put("priceBand", Integer.toString(e.priceBand()));
    fields.put("description", e.description());
    fields.putAll(typed);
    return form(s, lang).formParams(fields);
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
  void workspace_member_profileAndStaffInBothLanguagesNameEscaped() {
    Company c = deco("<script>alert('x')</script> Deco");
    PortalSession admin = PortalSession.of(c.admin());
    String en = get(admin, "en", ws(c), 200);
    assertThat(en)
        .contains("Profile and staff")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Deco")
        .doesNotContain("<script>alert('x')")
        .contains("data-user-id=\"" + c.staff().get(Role.PROJECT_MANAGER).userId() + "\"")
        .contains("data-state=\"ACTIVE\"")
        .contains("id=\"profile-form\"")
        .contains("id=\"invite-form\"")
        .contains("name=\"_csrf\" value=\"" + admin.csrf() + "\"")
        .contains("id=\"nav-enterprise\"");
    String zh = get(admin, "zh-CN", ws(c), 200);
    assertThat(zh).contains("资料与员工").contains("企业资料").contains("企业工作台").contains("在职");
    String pm = get(PortalSession.of(c.staff().get(Role.PROJECT_MANAGER)), "en", ws(c), 200);
    assertThat(pm)
        .contains("id=\"workspace-name\"")
        .doesNotContain("id=\"profile-form\"")
        .doesNotContain("id=\"invite-form\"");
  }

  @Test
  void editProfile_admin_savedAndShownNameLockedAfterVerification() {
    Company c = deco("Bright Deco");
    PortalSession admin = PortalSession.of(c.admin());
    Enterprise before = enterprises.get(c.id());
    profile(
            admin,
            "en",
            before,
            Map.of(
                "city",
                "Hangzhou",
                "district",
                "Xihu",
                "specialties",
                "kitchen，bathroom, <i>roof</i>",
                "priceBand",
                "4",
                "description",
                "We <b>build</b> kitchens."))
        .post(ws(c) + "/profile")
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.endsWith(ws(c) + "?done=profile"));
    Enterprise after = enterprises.get(c.id());
    assertThat(after.city()).isEqualTo("Hangzhou");
    assertThat(after.district()).isEqualTo("Xihu");
    assertThat(after.specialties()).containsExactly("kitchen", "bathroom", "<i>roof</i>");
    assertThat(after.priceBand()).isEqualTo(4);
    assertThat(after.creditCode()).isEqualTo(before.creditCode());
    String html = get(admin, "en", ws(c) + "?done=profile", 200);
    assertThat(html)
        .contains("id=\"notice\"")
        .contains("Hangzhou · Xihu")
        .contains("We &lt;b&gt;build&lt;/b&gt; kitchens.")
        .contains("&lt;i&gt;roof&lt;/i&gt;")
        .doesNotContain("<b>build")
        .contains("readonly");
    String locked =
        profile(admin, "zh-CN", after, Map.of("name", "Renamed Co"))
            .post(ws(c) + "/profile")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(locked).contains("id=\"pf-name-error\"").contains("已认证企业的名称不能修改。");
    assertThat(enterprises.get(c.id()).name()).isEqualTo("Bright Deco");
  }

  @Test
  void editProfile_htmxPendingEnterprise_renamedSectionAndHeaderWithNotice() {
    Company c =
        business.company(
            EnterpriseType.DESIGN_COMPANY,
            "Draft Name",
            business.uniqueCity(),
            "",
            List.of(),
            3,
            false);
    PortalSession admin = PortalSession.of(c.admin());
    String html =
        admin
            .htmx()
            .header("Accept-Language", "en")
            .formParam("name", "Final Name")
            .formParam("city", "Suzhou")
            .formParam("priceBand", "2")
            .post(ws(c) + "/profile")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html.strip()).startsWith("<div id=\"workspace\"");
    assertThat(html)
        .doesNotContain("<html")
        .contains("Profile saved.")
        .contains("<h1 id=\"workspace-name\">Final Name</h1>")
        .doesNotContain("readonly");
    Enterprise after = enterprises.get(c.id());
    assertThat(after.name()).isEqualTo("Final Name");
    assertThat(after.city()).isEqualTo("Suzhou");
    assertThat(after.priceBand()).isEqualTo(2);
  }

  @Test
  void editProfile_badFields_422ErrorNextToFieldInLanguageAndUnchanged() {
    Company c = deco("Careful Deco");
    PortalSession admin = PortalSession.of(c.admin());
    Enterprise before = enterprises.get(c.id());
    String en =
        profile(admin, "en", before, Map.of("city", "  "))
            .post(ws(c) + "/profile")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(en)
        .contains("aria-invalid=\"true\" aria-describedby=\"pf-city-error\"")
        .contains("<p class=\"field-error\" id=\"pf-city-error\">Please enter a city")
        .doesNotContain("pf-name-error");
    String zh =
        profile(admin, "zh-CN", before, Map.of("priceBand", "nine"))
            .post(ws(c) + "/profile")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(zh).contains("id=\"pf-priceBand-error\">请选择 1 至 5 的价位。");
    String tooLong =
        profile(admin, "en", before, Map.of("specialties", "x".repeat(41)))
            .post(ws(c) + "/profile")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(tooLong).contains("id=\"pf-specialties-error\">Up to 20 specialties");
    assertThat(enterprises.get(c.id())).isEqualTo(before);
  }

  @Test
  void editProfileAndInvite_nonAdminMember_403PageAndUnchanged() {
    Company c = deco("Strict Deco");
    Enterprise before = enterprises.get(c.id());
    PortalSession pm = PortalSession.of(c.staff().get(Role.PROJECT_MANAGER));
    String html =
        profile(pm, "en", before, Map.of("city", "Elsewhere"))
            .post(ws(c) + "/profile")
            .then()
            .statusCode(403)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html).contains("id=\"forbidden\"");
    UserAccount someone = users.user(Role.HOMEOWNER);
    form(pm, "en")
        .formParam("username", someone.username())
        .formParam("role", "INSTALLER")
        .post(ws(c) + "/staff")
        .then()
        .statusCode(403)
        .contentType("text/html");
    assertThat(enterprises.get(c.id())).isEqualTo(before);
    assertThat(staff.membership(someone.userId())).isEmpty();
  }

  @Test
  void workspaceSections_nonMemberOrOperator_403Page() {
    Company c = deco("Private Deco");
    for (Role role : List.of(Role.HOMEOWNER, Role.OPERATOR, Role.PROJECT_MANAGER)) {
      PortalSession outsider = PortalSession.of(users.user(role));
      for (String path : List.of(ws(c), ws(c) + "/inquiries", ws(c) + "/projects")) {
        assertThat(get(outsider, "en", path, 403))
            .as(role + " " + path)
            .contains("id=\"forbidden\"");
      }
      profile(outsider, "en", enterprises.get(c.id()), Map.of("city", "Taken"))
          .post(ws(c) + "/profile")
          .then()
          .statusCode(403);
    }
    assertThat(enterprises.get(c.id()).city()).isNotEqualTo("Taken");
    assertThat(get(PortalSession.of(users.user(Role.HOMEOWNER)), "en", "/portal/home", 200))
        .doesNotContain("id=\"nav-enterprise\"");
  }

  @Test
  void workspace_noSession_401SignIn() {
    String html = given().get("/portal/enterprise").then().statusCode(401).extract().asString();
    assertThat(html).contains("id=\"login-form\"");
  }

  @Test
  void editProfile_withoutCsrf_403AndUnchanged() {
    Company c = deco("Csrf Deco");
    PortalSession admin = PortalSession.of(c.admin());
    Enterprise before = enterprises.get(c.id());
    admin
        .browser()
        .contentType(ContentType.URLENC)
        .formParam("name", before.name())
        .formParam("city", "Forged")
        .formParam("priceBand", "3")
        .post(ws(c) + "/profile")
        .then()
        .statusCode(403);
    assertThat(enterprises.get(c.id())).isEqualTo(before);
  }

  @Test
  void invite_admin_invitedShownThenAcceptedByInvitee() {
    Company c = deco("<b>Growing</b> Deco");
    PortalSession admin = PortalSession.of(c.admin());
    UserAccount newcomer = users.user(Role.HOMEOWNER);
    form(admin, "en")
        .formParam("username", newcomer.username())
        .formParam("role", "INSTALLER")
        .formParam("title", "<em>fitter</em>")
        .post(ws(c) + "/staff")
        .then()
        .statusCode(303);
    String html = get(admin, "en", ws(c), 200);
    assertThat(html)
        .contains("data-user-id=\"" + newcomer.userId() + "\" data-state=\"INVITED\"")
        .contains("&lt;em&gt;fitter&lt;/em&gt;")
        .doesNotContain("<em>fitter");
    PortalSession invitee = PortalSession.of(newcomer);
    invitee
        .browser()
        .get("/portal/enterprise")
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.endsWith(ws(c)));
    assertThat(get(invitee, "zh-CN", ws(c), 200))
        .contains("id=\"accept-invitation\"")
        .contains("接受邀请")
        .contains("&lt;b&gt;Growing&lt;/b&gt; Deco 邀请您加入")
        .doesNotContain("<b>Growing");
    assertThat(get(invitee, "en", ws(c) + "/inquiries", 403)).contains("id=\"forbidden\"");
    form(invitee, "en").post(ws(c) + "/accept").then().statusCode(303);
    StaffMember joined = staff.membership(newcomer.userId()).orElseThrow();
    assertThat(joined.active()).isTrue();
    assertThat(joined.role()).isEqualTo(Role.INSTALLER);
    assertThat(get(invitee, "en", ws(c), 200)).contains("id=\"workspace-name\"");
  }

  @Test
  void invite_badFields_errorNextToFieldInLanguageNobodyInvited() {
    Company c = deco("Picky Deco");
    PortalSession admin = PortalSession.of(c.admin());
    String unknown =
        form(admin, "en")
            .formParam("username", "nobody-" + System.nanoTime())
            .formParam("role", "INSTALLER")
            .post(ws(c) + "/staff")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(unknown)
        .contains("id=\"inv-username-error\">No one is registered with this username.");
    UserAccount someone = users.user(Role.HOMEOWNER);
    String role =
        form(admin, "zh-CN")
            .formParam("username", someone.username())
            .formParam("role", "SUPERVISOR")
            .post(ws(c) + "/staff")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(role)
        .contains("id=\"inv-role-error\">请选择贵企业类型可聘用的角色。")
        .contains("value=\"" + someone.username() + "\"");
    String taken =
        form(admin, "en")
            .formParam("username", c.staff().get(Role.PROJECT_MANAGER).username())
            .formParam("role", "INSTALLER")
            .post(ws(c) + "/staff")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(taken).contains("id=\"inv-username-error\">This person already belongs");
    assertThat(staff.membership(someone.userId())).isEmpty();
    assertThat(staff.roster(c.id())).hasSize(2);
  }

  @Test
  void inquiries_member_listOpenReplyBothLanguagesEscaped() {
    Company c = deco("Chatty Deco");
    UserAccount customer = users.user(Role.HOMEOWNER);
    String inquiryId =
        consultation
            .ask(
                new InquiryRequest("<b>Kitchen</b> quote", "How much for 8 m2?", List.of(c.id())),
                customer.userId())
            .get(0)
            .inquiryId();
    PortalSession pm = PortalSession.of(c.staff().get(Role.PROJECT_MANAGER));
    String list = get(pm, "en", ws(c) + "/inquiries", 200);
    assertThat(list)
        .contains("data-inquiry-id=\"" + inquiryId + "\" data-status=\"OPEN\"")
        .contains("&lt;b&gt;Kitchen&lt;/b&gt; quote")
        .doesNotContain("<b>Kitchen")
        .contains("Waiting for your reply");
    assertThat(get(pm, "zh-CN", ws(c) + "/inquiries", 200)).contains("待回复").contains("咨询");
    String thread = ws(c) + "/inquiries/" + inquiryId;
    assertThat(get(pm, "en", thread, 200))
        .contains("How much for 8 m2?")
        .contains("id=\"reply-form\"");
    String bad =
        form(pm, "zh-CN")
            .formParam("body", " ")
            .post(thread + "/reply")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(bad).contains("id=\"reply-body-error\">请填写回复");
    assertThat(consultation.thread(inquiryId, c.id(), customer.userId()).messages()).hasSize(1);
    form(pm, "en")
        .formParam("body", "About <i>9000</i> yuan.")
        .post(thread + "/reply")
        .then()
        .statusCode(303);
    var after = consultation.thread(inquiryId, c.id(), customer.userId());
    assertThat(after.status()).isEqualTo(ThreadStatus.ANSWERED);
    assertThat(after.messages()).hasSize(2);
    assertThat(get(pm, "en", thread, 200))
        .contains("data-from=\"enterprise\"")
        .contains("About &lt;i&gt;9000&lt;/i&gt; yuan.");
    assertThat(get(PortalSession.of(c.admin()), "en", thread, 200))
        .contains("data-status=\"ANSWERED\"");
    form(PortalSession.of(users.user(Role.HOMEOWNER)), "en")
        .formParam("body", "spam")
        .post(thread + "/reply")
        .then()
        .statusCode(403);
  }

  @Test
  void projects_member_filedContractWithLinksBothLanguages() {
    Company c = deco("Busy Deco");
    String projectId = business.filedProject(users.user(Role.HOMEOWNER), c);
    PortalSession pm = PortalSession.of(c.staff().get(Role.PROJECT_MANAGER));
    String en = get(pm, "en", ws(c) + "/projects", 200);
    assertThat(en)
        .contains("data-project-id=\"" + projectId + "\" data-contract-status=\"FILED\"")
        .contains("href=\"/portal/projects/" + projectId + "\"")
        .contains("href=\"/portal/projects/" + projectId + "/materials\"")
        .contains("Filed");
    assertThat(get(pm, "zh-CN", ws(c) + "/projects", 200)).contains("已备案").contains("合同与项目");
    Company idle = deco("Idle Deco");
    PortalSession.of(idle.admin())
        .browser()
        .get("/portal/enterprise")
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.endsWith(ws(idle)));
    assertThat(get(PortalSession.of(idle.admin()), "en", ws(idle) + "/projects", 200))
        .contains("id=\"no-projects\"");
  }

  @Test
  void workspaceHome_noEnterprise_explainsHowToJoin() {
    PortalSession s = PortalSession.of(users.user(Role.SUPERVISOR));
    assertThat(get(s, "en", "/portal/enterprise", 200)).contains("id=\"no-enterprise\"");
  }

  @Test
  void profileApi_adminPutsProfile_sameRulesAsPage() {
    Company c = deco("Api Deco");
    String token = TestUsers.token(c.admin());
    Map<String, Object> body =
        Map.of(
            "name",
            c.enterprise().name(),
            "city",
            "Nanjing",
            "specialties",
            List.of("Stone", "stone"),
            "priceBand",
            5,
            "description",
            "api");
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/enterprises/" + c.id() + "/profile")
        .then()
        .statusCode(200)
        .body("city", org.hamcrest.Matchers.equalTo("Nanjing"))
        .body("specialties", org.hamcrest.Matchers.contains("stone"))
        .body("creditCode", org.hamcrest.Matchers.equalTo(c.enterprise().creditCode()));
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("name", c.enterprise().name(), "city", "", "priceBand", 3))
        .put("/api/enterprises/" + c.id() + "/profile")
        .then()
        .statusCode(400)
        .body("type", org.hamcrest.Matchers.endsWith("invalid-city"));
    given()
        .auth()
        .oauth2(TestUsers.token(c.staff().get(Role.PROJECT_MANAGER)))
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/enterprises/" + c.id() + "/profile")
        .then()
        .statusCode(403);
    assertThat(enterprises.get(c.id()).city()).isEqualTo("Nanjing");
  }
}
