package dev.sitehub.cloud.portal;

import static dev.sitehub.cloud.portal.MaterialsJourney.bom;
import static dev.sitehub.cloud.portal.MaterialsJourney.order;
import static dev.sitehub.cloud.portal.MaterialsJourney.page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The materials page over HTTP against a real filed contract with two suppliers: the budgeter's
 * lines in yuan stored in fen (bad fields refused next to the field in both languages), the
 * supplier shipping, the customer accepting a delivery with its camera still, and every refusal
 * leaving the stored state as it was.
 */
@QuarkusTest
class MaterialsPageTest {
  @Inject MaterialsJourney journey;
  @Inject TestUsers users;

  private static RequestSpecification line(
      PortalSession who, String lang, String quantity, String price, String supplierId) {
    return who.htmx()
        .header("Accept-Language", lang)
        .formParam("name", "Floor <b>tile</b>")
        .formParam("spec", "600x600 mm")
        .formParam("unit", "m2")
        .formParam("quantity", quantity)
        .formParam("price", price)
        .formParam("supplierId", supplierId);
  }

  @Test
  void addLine_budgeter_shownInYuanStoredInFenEscaped() {
    Site s = journey.project();
    String html =
        line(PortalSession.of(s.budgeter()), "en", "12.5", "39.99", s.supplier().id())
            .post(page(s) + "/lines")
            .then()
            .statusCode(200)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html)
        .contains("Floor &lt;b&gt;tile&lt;/b&gt;")
        .doesNotContain("<b>tile")
        .contains("<dd data-unit-price>¥39.99</dd>")
        .contains("<dd data-line-total>¥499.88</dd>")
        .contains("data-total=\"499.88\"")
        .contains("id=\"place-orders\"");
    JsonPath stored = bom(s);
    assertThat(stored.getList("lines")).hasSize(1);
    assertThat(stored.getLong("lines[0].unitPriceFen")).isEqualTo(3999);
    assertThat(stored.getLong("lines[0].lineTotalFen")).isEqualTo(49988);
    assertThat(stored.getString("lines[0].createdBy")).isEqualTo(s.budgeter().userId());
  }

  @Test
  void addLine_badPriceOrQuantity_422FieldErrorInZhAndEnNothingStored() {
    Site s = journey.project();
    PortalSession budgeter = PortalSession.of(s.budgeter());
    String sup = s.supplier().id();
    String en =
        line(budgeter, "en", "12.5", "abc", sup)
            .post(page(s) + "/lines")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(en)
        .contains("aria-describedby=\"line-price-hint line-price-error\" aria-invalid=\"true\"")
        .contains(
            "<p class=\"field-error\" id=\"line-price-error\">Enter a unit price in yuan, 0 or"
                + " more, with at most two decimals.</p>")
        .contains("value=\"abc\"")
        .doesNotContain("line-quantity-error");
    // Negative: the page parses it, the line rules refuse it, and the error lands on the field.
    String zh =
        line(budgeter, "zh-CN", "12.5", "-5", sup)
            .post(page(s) + "/lines")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(zh)
        .contains("<p class=\"field-error\" id=\"line-price-error\">请输入不小于 0、最多两位小数的单价（元）。</p>")
        .contains("value=\"-5\"");
    line(budgeter, "en", "12.5", "1.234", sup).post(page(s) + "/lines").then().statusCode(422);
    String quantity =
        line(budgeter, "en", "0", "1", sup)
            .post(page(s) + "/lines")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(quantity)
        .contains("id=\"line-quantity-error\">Enter a quantity above 0")
        .doesNotContain("line-price-error");
    String supplier =
        line(budgeter, "en", "1", "1", s.deco().id())
            .post(page(s) + "/lines")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(supplier).contains("id=\"line-supplierId-error\">Choose one of the project&#39;s");
    assertThat(bom(s).getList("lines")).isEmpty();
  }

  @Test
  void ship_supplierStaff_missingTrackingRefusedThenShipped() {
    Site s = journey.project();
    Map<String, String> orders = journey.ordered(s);
    String o1 = orders.get("sup1");
    PortalSession budgeter = PortalSession.of(s.budgeter());
    String page = budgeter.browser().get(page(s)).then().statusCode(200).extract().asString();
    // The budgeter works for supplier 1: a ship form on its order only.
    assertThat(page)
        .contains("id=\"ship-" + o1 + "\"")
        .doesNotContain("id=\"ship-" + orders.get("sup2"));
    String bad =
        budgeter
            .htmx()
            .header("Accept-Language", "en")
            .formParam("carrier", "SF Express")
            .formParam("trackingNumber", " ")
            .post(page(s) + "/orders/" + o1 + "/ship")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(bad)
        .contains("id=\"tracking-" + o1 + "-error\">Please fill in this field (at most 100")
        .contains("value=\"SF Express\"");
    assertThat(order(s, o1).getString("state")).isEqualTo("ORDERED");
    String ok =
        budgeter
            .htmx()
            .header("Accept-Language", "en")
            .formParam("carrier", "SF Express")
            .formParam("trackingNumber", "SF1234567890")
            .post(page(s) + "/orders/" + o1 + "/ship")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(ok)
        .contains("data-state=\"SHIPPED\"")
        .contains("<dd data-tracking>SF1234567890</dd>")
        .contains("id=\"deliver-" + o1 + "\"")
        .doesNotContain("id=\"ship-" + o1 + "\"");
    JsonPath stored = order(s, o1);
    assertThat(stored.getString("state")).isEqualTo("SHIPPED");
    assertThat(stored.getString("carrier")).isEqualTo("SF Express");
    assertThat(stored.getString("trackingNumber")).isEqualTo("SF1234567890");
  }

  @Test
  void supplierNotOnSite_seesOnlyItsOrderNoBillAndShipsIt() {
    Site s = journey.project();
    Map<String, String> orders = journey.ordered(s);
    String o2 = orders.get("sup2");
    PortalSession budgeter2 = PortalSession.of(s.supplier2().staff().get(Role.BUDGETER));
    String html = budgeter2.browser().get(page(s)).then().statusCode(200).extract().asString();
    assertThat(html)
        .contains("id=\"order-" + o2 + "\"")
        .doesNotContain("id=\"order-" + orders.get("sup1") + "\"")
        .doesNotContain("id=\"bom\"")
        .doesNotContain("id=\"line-form\"");
    budgeter2
        .browser()
        .formParam("_csrf", budgeter2.csrf())
        .formParam("carrier", "Deppon")
        .formParam("trackingNumber", "DP-77")
        .post(page(s) + "/orders/" + o2 + "/ship")
        .then()
        .statusCode(303)
        .header("Location", org.hamcrest.Matchers.endsWith(page(s) + "#order-" + o2));
    assertThat(order(s, o2).getString("state")).isEqualTo("SHIPPED");
  }

  @Test
  void accept_customer_decisionFiledWithStillShown() {
    Site s = journey.project();
    String o1 = journey.delivered(s);
    long still = journey.still(s);
    PortalSession owner = PortalSession.of(s.customer());
    String before = owner.browser().get(page(s)).then().statusCode(200).extract().asString();
    assertThat(before).contains("id=\"accept-" + o1 + "\"").contains("id=\"dispute-" + o1 + "\"");
    String noReason =
        owner
            .htmx()
            .header("Accept-Language", "zh-CN")
            .post(page(s) + "/orders/" + o1 + "/dispute")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(noReason).contains("id=\"reason-" + o1 + "-error\">提出异议须填写理由（最多 1000 个字符）。</p>");
    assertThat(order(s, o1).get("acceptance") == null).isTrue();
    String html =
        owner
            .htmx()
            .header("Accept-Language", "en")
            .formParam("reason", "all <i>there</i>")
            .post(page(s) + "/orders/" + o1 + "/accept")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("data-decision=\"ACCEPTED\"")
        .contains("all &lt;i&gt;there&lt;/i&gt;")
        .contains(
            "<img id=\"still-"
                + o1
                + "\" src=\"/api/sites/"
                + s.siteId()
                + "/snapshots/"
                + still
                + "/image\"")
        .doesNotContain("id=\"accept-" + o1 + "\"");
    JsonPath stored = order(s, o1);
    assertThat(stored.getString("acceptance.decision")).isEqualTo("ACCEPTED");
    assertThat(stored.getString("acceptance.decidedBy")).isEqualTo(s.customer().userId());
    assertThat(stored.getLong("acceptance.snapshotId")).isEqualTo(still);
    assertThat(html).contains(stored.getString("acceptance.snapshotSha256"));
    // A second decision from a stale page is refused in the user's language.
    String again =
        PortalSession.of(s.pm())
            .htmx()
            .header("Accept-Language", "en")
            .formParam("reason", "dented")
            .post(page(s) + "/orders/" + o1 + "/dispute")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(again).contains("This delivery has already been decided.");
    assertThat(order(s, o1).getString("acceptance.decision")).isEqualTo("ACCEPTED");
  }

  @Test
  void wrongRole_403PageAndNothingChanged() {
    Site s = journey.project();
    String o1 = journey.delivered(s);
    PortalSession owner = PortalSession.of(s.customer());
    String before = owner.browser().get(page(s)).then().statusCode(200).extract().asString();
    // The customer sees the bill but no budgeter or supplier controls.
    assertThat(before).contains("id=\"bom\"").doesNotContain("id=\"line-form\"");
    line(owner, "en", "1", "1", s.supplier().id())
        .post(page(s) + "/lines")
        .then()
        .statusCode(403)
        .contentType("text/html");
    PortalSession.of(s.budgeter())
        .htmx()
        .post(page(s) + "/orders/" + o1 + "/accept")
        .then()
        .statusCode(403)
        .contentType("text/html");
    PortalSession.of(s.supervisor())
        .htmx()
        .formParam("reason", "x")
        .post(page(s) + "/orders/" + o1 + "/dispute")
        .then()
        .statusCode(403);
    // A budgeter on the site who does not work for the order's supplier cannot move it.
    String o2 = journey.ordered(s).get("sup2");
    PortalSession.of(s.budgeter())
        .htmx()
        .formParam("carrier", "SF")
        .formParam("trackingNumber", "SF1")
        .post(page(s) + "/orders/" + o2 + "/ship")
        .then()
        .statusCode(403)
        .contentType("text/html");
    // Without the CSRF token the session cookie alone changes nothing.
    owner.browser().post(page(s) + "/orders/" + o1 + "/accept").then().statusCode(403);
    assertThat(order(s, o1).get("acceptance") == null).isTrue();
    assertThat(order(s, o2).getString("state")).isEqualTo("ORDERED");
    assertThat(bom(s).getList("lines")).hasSize(4);
  }

  @Test
  void nonMember_403Page() {
    Site s = journey.project();
    String o1 = journey.delivered(s);
    PortalSession stranger = PortalSession.of(users.user(Role.HOMEOWNER));
    stranger.browser().get(page(s)).then().statusCode(403).contentType("text/html");
    stranger.htmx().post(page(s) + "/orders/" + o1 + "/accept").then().statusCode(403);
    PortalSession otherBudgeter = PortalSession.of(users.user(Role.BUDGETER));
    otherBudgeter.browser().get(page(s)).then().statusCode(403).contentType("text/html");
    line(otherBudgeter, "en", "1", "1", s.supplier().id())
        .post(page(s) + "/lines")
        .then()
        .statusCode(403);
    assertThat(order(s, o1).get("acceptance") == null).isTrue();
    assertThat(bom(s).getList("lines")).hasSize(2);
  }

  @Test
  void timeline_member_linksMaterials() {
    Site s = journey.project();
    String html =
        PortalSession.of(s.customer())
            .browser()
            .get("/portal/projects/" + s.projectId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("href=\"" + page(s) + "\" id=\"open-materials\"");
  }
}
