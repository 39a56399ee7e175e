package dev.sitehub.cloud;

import dev.sitehub.cloud.AuthorizationMatrixTest.Access;
import dev.sitehub.cloud.AuthorizationMatrixTest.Ctx;
import dev.sitehub.cloud.AuthorizationMatrixTest.Endpoint;
import dev.sitehub.cloud.accounts.Role;
import io.restassured.http.ContentType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The authorization matrix rows of the project materials page (issue 10): anyone on the site reads
 * it, the budgeter buys, the order's supplier ships and delivers, and the project manager or the
 * customer decides the delivery. Each call first puts the site's project into the state in which it
 * succeeds, as {@link LifecycleMatrixRows} does for the API.
 */
final class MaterialsPageRows {
  private static final Set<Role> ALL = EnumSet.allOf(Role.class);
  private static final Set<Role> BUDGETER = EnumSet.of(Role.BUDGETER);
  private static final Set<Role> DECIDERS = EnumSet.of(Role.PROJECT_MANAGER, Role.HOMEOWNER);
  private static final String MAT = "/portal/projects/{projectId}/materials";

  private MaterialsPageRows() {}

  private static String project(Ctx c) {
    return c.test().lifecycle.project(c.siteId(), c.caller().userId());
  }

  private static LifecycleMatrix lm(Ctx c) {
    return c.test().lifecycle;
  }

  private static String page(Ctx c) {
    return "/portal/projects/" + project(c) + "/materials";
  }

  /** An order of the project's supplier in {@code state}, the caller made its staff if on site. */
  private static String supplied(Ctx c, String state) {
    String p = project(c);
    lm(c).supplierStaff(p, c.caller().userId());
    return page(c) + "/orders/" + lm(c).order(p, state);
  }

  static List<Endpoint> rows() {
    return List.of(
        new Endpoint("GET", MAT, Access.SITE, ALL, (c, r) -> r.get(page(c))),
        new Endpoint(
            "POST",
            MAT + "/lines",
            Access.SITE,
            BUDGETER,
            (c, r) ->
                r.contentType(ContentType.URLENC)
                    .header("HX-Request", "true")
                    .formParam("name", "tile")
                    .formParam("spec", "60x60")
                    .formParam("unit", "m2")
                    .formParam("quantity", "2")
                    .formParam("price", "1.50")
                    .formParam("supplierId", lm(c).supplier(project(c)))
                    .post(page(c) + "/lines")),
        new Endpoint(
            "POST",
            MAT + "/lines/{lineId}/delete",
            Access.SITE,
            BUDGETER,
            (c, r) ->
                r.header("HX-Request", "true")
                    .post(page(c) + "/lines/" + lm(c).bomLine(project(c)) + "/delete")),
        new Endpoint(
            "POST",
            MAT + "/orders",
            Access.SITE,
            BUDGETER,
            (c, r) -> {
              lm(c).bomLine(project(c));
              return r.header("HX-Request", "true").post(page(c) + "/orders");
            }),
        new Endpoint(
            "POST",
            MAT + "/orders/{orderId}/ship",
            Access.SITE,
            BUDGETER,
            (c, r) ->
                r.contentType(ContentType.URLENC)
                    .header("HX-Request", "true")
                    .formParam("carrier", "SF")
                    .formParam("trackingNumber", "SF1")
                    .post(supplied(c, "ORDERED") + "/ship")),
        new Endpoint(
            "POST",
            MAT + "/orders/{orderId}/deliver",
            Access.SITE,
            BUDGETER,
            (c, r) -> r.header("HX-Request", "true").post(supplied(c, "SHIPPED") + "/deliver")),
        new Endpoint(
            "POST",
            MAT + "/orders/{orderId}/accept",
            Access.SITE,
            DECIDERS,
            (c, r) ->
                r.contentType(ContentType.URLENC)
                    .header("HX-Request", "true")
                    .formParam("reason", "")
                    .post(page(c) + "/orders/" + lm(c).order(project(c), "DELIVERED") + "/accept")),
        new Endpoint(
            "POST",
            MAT + "/orders/{orderId}/dispute",
            Access.SITE,
            DECIDERS,
            (c, r) ->
                r.contentType(ContentType.URLENC)
                    .header("HX-Request", "true")
                    .formParam("reason", "short")
                    .post(
                        page(c) + "/orders/" + lm(c).order(project(c), "DELIVERED") + "/dispute")));
  }
}
