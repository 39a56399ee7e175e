package dev.sitehub.cloud;

import dev.sitehub.cloud.AuthorizationMatrixTest.Access;
import dev.sitehub.cloud.AuthorizationMatrixTest.Ctx;
import dev.sitehub.cloud.AuthorizationMatrixTest.Endpoint;
import dev.sitehub.cloud.accounts.Role;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The matrix rows of the operator pages (verification, disputes, overrides, evidence verifier) and
 * the public library and registration pages. Operator pages act on any record, so they are ROLE
 * rows; the public ones answer everybody.
 */
final class AdminPortalEndpoints {
  private static final Set<Role> ALL = EnumSet.allOf(Role.class);
  private static final Set<Role> OPERATOR = EnumSet.of(Role.OPERATOR);

  private AdminPortalEndpoints() {}

  private static RequestSpecification form(RequestSpecification r) {
    return r.contentType(ContentType.URLENC);
  }

  private static String project(Ctx c) {
    return c.test().lifecycle.project(c.siteId(), c.caller().userId());
  }

  static final List<Endpoint> ALL_ENDPOINTS =
      List.of(
          new Endpoint(
              "GET",
              "/portal/operator/verification",
              Access.ROLE,
              OPERATOR,
              (c, r) -> r.get("/portal/operator/verification")),
          new Endpoint(
              "POST",
              "/portal/operator/verification/{id}",
              Access.ROLE,
              OPERATOR,
              (c, r) ->
                  form(r)
                      .formParam("decision", "VERIFIED")
                      .post(
                          "/portal/operator/verification/"
                              + c.test().business.pendingEnterpriseWithLicence())),
          new Endpoint(
              "GET",
              "/portal/operator/disputes",
              Access.ROLE,
              OPERATOR,
              (c, r) -> r.get("/portal/operator/disputes")),
          new Endpoint(
              "POST",
              "/portal/operator/disputes/reconciliation",
              Access.ROLE,
              OPERATOR,
              (c, r) -> r.post("/portal/operator/disputes/reconciliation")),
          new Endpoint(
              "POST",
              "/portal/operator/disputes/{disputeId}/arbitration",
              Access.ROLE,
              OPERATOR,
              (c, r) -> {
                String p = project(c);
                c.test().lifecycle.noOpenDispute(p);
                String d = c.test().lifecycle.openDispute(p);
                return form(r)
                    .formParam("projectId", p)
                    .formParam("toContractor", "0.01")
                    .formParam("toCustomer", "0.01")
                    .formParam("decision", "split")
                    .formParam("key", UUID.randomUUID().toString())
                    .post("/portal/operator/disputes/" + d + "/arbitration");
              }),
          new Endpoint(
              "GET",
              "/portal/operator/overrides",
              Access.ROLE,
              OPERATOR,
              (c, r) -> r.get("/portal/operator/overrides")),
          new Endpoint(
              "POST",
              "/portal/operator/overrides",
              Access.ROLE,
              OPERATOR,
              (c, r) -> {
                String p = project(c);
                c.test().lifecycle.milestone(p, 4, "READY_FOR_INSPECTION");
                c.test().lifecycle.passedInspection(p, 4);
                return form(r)
                    .formParam("projectId", p)
                    .formParam("stage", "4")
                    .formParam("reason", "matrix")
                    .post("/portal/operator/overrides");
              }),
          new Endpoint(
              "GET",
              "/portal/operator/evidence",
              Access.ROLE,
              OPERATOR,
              (c, r) -> r.get("/portal/operator/evidence")),
          new Endpoint(
              "GET",
              "/portal/operator/audit",
              Access.ROLE,
              OPERATOR,
              (c, r) -> r.get("/portal/operator/audit")),
          new Endpoint(
              "GET",
              "/portal/enterprises",
              Access.PUBLIC,
              ALL,
              (c, r) -> r.get("/portal/enterprises")),
          new Endpoint(
              "GET",
              "/portal/enterprises/{id}",
              Access.PUBLIC,
              ALL,
              (c, r) -> r.get("/portal/enterprises/" + c.test().business.partner().id())),
          new Endpoint(
              "GET", "/portal/register", Access.PUBLIC, ALL, (c, r) -> r.get("/portal/register")),
          new Endpoint(
              "POST",
              "/portal/register",
              Access.PUBLIC,
              ALL,
              (c, r) ->
                  form(r)
                      .formParam(
                          "contact",
                          "m" + UUID.randomUUID().toString().substring(0, 12) + "@example.com")
                      .formParam("password", "long-enough-1")
                      .post("/portal/register")));
}
