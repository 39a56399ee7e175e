package dev.sitehub.cloud.portal;

import static dev.sitehub.cloud.portal.ProjectJourney.as;

import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.media.MediaFixtures;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Drives a project's materials through the JSON API the way its people would (a filed contract with
 * two suppliers, a line per supplier, orders placed, shipped, delivered with a camera still near),
 * and reads back what is stored, so page tests can check the page against the API.
 */
@ApplicationScoped
public class MaterialsJourney {
  private final LifecycleFixtures fixtures;
  private final MediaFixtures media;

  public MaterialsJourney(LifecycleFixtures fixtures, MediaFixtures media) {
    this.fixtures = fixtures;
    this.media = media;
  }

  Site project() {
    return fixtures.projectWithSuppliers(5_000_000L);
  }

  static String api(Site s) {
    return "/api/projects/" + s.projectId() + "/materials";
  }

  static String page(Site s) {
    return "/portal/projects/" + s.projectId() + "/materials";
  }

  /** A line of tiles for supplier 1 and one of paint for supplier 2, ordered; the order ids. */
  Map<String, String> ordered(Site s) {
    String budgeter = TestUsers.token(s.budgeter());
    for (Map<String, Object> line :
        List.of(
            line("Floor tile", "12.5", 3999, s.supplier().id()),
            line("Wall paint", "2", 500, s.supplier2().id()))) {
      as(budgeter).body(line).post(api(s) + "/bom/lines").then().statusCode(201);
    }
    JsonPath placed =
        as(budgeter).post(api(s) + "/orders").then().statusCode(201).extract().jsonPath();
    List<String> suppliers = placed.getList("supplierId");
    List<String> ids = placed.getList("orderId");
    return Map.of(
        "sup1",
        ids.get(suppliers.indexOf(s.supplier().id())),
        "sup2",
        ids.get(suppliers.indexOf(s.supplier2().id())));
  }

  /** Supplier 1's order shipped and delivered now, with a site still taken 30 s before. */
  String delivered(Site s) {
    String order = ordered(s).get("sup1");
    media.snapshot(s.siteId());
    String budgeter = TestUsers.token(s.budgeter());
    String o = api(s) + "/orders/" + order;
    as(budgeter)
        .body(Map.of("carrier", "SF Express", "trackingNumber", "SF1234567890"))
        .post(o + "/ship")
        .then()
        .statusCode(200);
    as(budgeter).post(o + "/deliver").then().statusCode(200);
    return order;
  }

  long still(Site s) {
    return media.snapshot(s.siteId());
  }

  static JsonPath bom(Site s) {
    return as(s.customerToken()).get(api(s) + "/bom").then().statusCode(200).extract().jsonPath();
  }

  static JsonPath order(Site s, String orderId) {
    return as(s.customerToken())
        .get(api(s) + "/orders/" + orderId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> line(
      String name, String quantity, long priceFen, String supplier) {
    return Map.of(
        "name",
        name,
        "spec",
        "600x600 mm",
        "unit",
        "m2",
        "quantity",
        new java.math.BigDecimal(quantity),
        "unitPriceFen",
        priceFen,
        "supplierId",
        supplier);
  }
}
