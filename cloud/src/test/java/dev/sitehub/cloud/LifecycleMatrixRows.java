package dev.sitehub.cloud;

import dev.sitehub.cloud.AuthorizationMatrixTest.Access;
import dev.sitehub.cloud.AuthorizationMatrixTest.Ctx;
import dev.sitehub.cloud.AuthorizationMatrixTest.Endpoint;
import dev.sitehub.cloud.accounts.Role;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The authorization matrix rows of the lifecycle endpoints (issue 9). Each call first puts the
 * site's project into the state in which the call succeeds, so an allowed caller gets 2xx.
 */
final class LifecycleMatrixRows {
  private static final Set<Role> ALL = EnumSet.allOf(Role.class);
  private static final Set<Role> PM = EnumSet.of(Role.PROJECT_MANAGER);
  private static final Set<Role> SUPERVISOR = EnumSet.of(Role.SUPERVISOR);
  private static final Set<Role> BUDGETER = EnumSet.of(Role.BUDGETER);
  private static final Set<Role> DECIDERS = EnumSet.of(Role.PROJECT_MANAGER, Role.HOMEOWNER);
  private static final String PRJ = "/api/projects/{projectId}";
  private static final String MAT = PRJ + "/materials";

  /** A tiny PNG: the magic bytes are what the upload check looks at. */
  private static final String PNG =
      java.util.Base64.getEncoder()
          .encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3});

  private LifecycleMatrixRows() {}

  private static String project(Ctx c) {
    return c.test().lifecycle.project(c.siteId(), c.caller().userId());
  }

  private static LifecycleMatrix lm(Ctx c) {
    return c.test().lifecycle;
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  static List<Endpoint> rows() {
    List<Endpoint> all = new java.util.ArrayList<>(lifecycleRows());
    all.addAll(materialsRows());
    // branch wechatpay: payments (issue 20)
    all.addAll(PaymentMatrixRows.rows());
    return all;
  }

  private static String materials(Ctx c) {
    return "/api/projects/" + project(c) + "/materials";
  }

  /** Materials and logistics: the budgeter buys, the supplier ships, PM or customer decide. */
  private static List<Endpoint> materialsRows() {
    return List.of(
        new Endpoint("GET", MAT + "/bom", Access.SITE, ALL, (c, r) -> r.get(materials(c) + "/bom")),
        new Endpoint(
            "POST",
            MAT + "/bom/lines",
            Access.SITE,
            BUDGETER,
            (c, r) ->
                r.body(
                        Map.of(
                            "name",
                            "tile",
                            "spec",
                            "60x60",
                            "unit",
                            "m2",
                            "quantity",
                            2,
                            "unitPriceFen",
                            100,
                            "supplierId",
                            lm(c).supplier(project(c))))
                    .post(materials(c) + "/bom/lines")),
        new Endpoint(
            "DELETE",
            MAT + "/bom/lines/{lineId}",
            Access.SITE,
            BUDGETER,
            (c, r) -> r.delete(materials(c) + "/bom/lines/" + lm(c).bomLine(project(c)))),
        new Endpoint(
            "POST",
            MAT + "/orders",
            Access.SITE,
            BUDGETER,
            (c, r) -> {
              lm(c).bomLine(project(c));
              return r.post(materials(c) + "/orders");
            }),
        new Endpoint(
            "GET", MAT + "/orders", Access.SITE, ALL, (c, r) -> r.get(materials(c) + "/orders")),
        new Endpoint(
            "GET",
            MAT + "/orders/{orderId}",
            Access.SITE,
            ALL,
            (c, r) -> r.get(materials(c) + "/orders/" + lm(c).order(project(c), "ORDERED"))),
        new Endpoint(
            "POST",
            MAT + "/orders/{orderId}/ship",
            Access.SITE,
            BUDGETER,
            (c, r) -> {
              String p = project(c);
              lm(c).supplierStaff(p, c.caller().userId());
              return r.body(Map.of("carrier", "SF", "trackingNumber", "SF1"))
                  .post(materials(c) + "/orders/" + lm(c).order(p, "ORDERED") + "/ship");
            }),
        new Endpoint(
            "POST",
            MAT + "/orders/{orderId}/deliver",
            Access.SITE,
            BUDGETER,
            (c, r) -> {
              String p = project(c);
              lm(c).supplierStaff(p, c.caller().userId());
              return r.post(materials(c) + "/orders/" + lm(c).order(p, "SHIPPED") + "/deliver");
            }),
        new Endpoint(
            "POST",
            MAT + "/orders/{orderId}/accept",
            Access.SITE,
            DECIDERS,
            (c, r) ->
                r.post(
                    materials(c) + "/orders/" + lm(c).order(project(c), "DELIVERED") + "/accept")),
        new Endpoint(
            "POST",
            MAT + "/orders/{orderId}/dispute",
            Access.SITE,
            DECIDERS,
            (c, r) ->
                r.body(Map.of("reason", "short"))
                    .post(
                        materials(c)
                            + "/orders/"
                            + lm(c).order(project(c), "DELIVERED")
                            + "/dispute")));
  }

  private static List<Endpoint> lifecycleRows() {
    return List.of(
        new Endpoint(
            "GET", "/api/checklists", Access.ROLE, ALL, (c, r) -> r.get("/api/checklists")),
        new Endpoint(
            "GET",
            PRJ + "/milestones",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/api/projects/" + project(c) + "/milestones")),
        new Endpoint(
            "PUT",
            PRJ + "/milestones/{seq}/plan",
            Access.SITE,
            PM,
            (c, r) ->
                r.body(Map.of("plannedStart", "2026-12-01", "plannedEnd", "2026-12-20"))
                    .put("/api/projects/" + project(c) + "/milestones/1/plan")),
        new Endpoint(
            "POST",
            PRJ + "/milestones/{seq}/start",
            Access.SITE,
            PM,
            (c, r) -> {
              String p = project(c);
              lm(c).milestone(p, 1, "PLANNED");
              return r.post("/api/projects/" + p + "/milestones/1/start");
            }),
        new Endpoint(
            "POST",
            PRJ + "/milestones/{seq}/ready",
            Access.SITE,
            PM,
            (c, r) -> {
              String p = project(c);
              lm(c).milestone(p, 2, "IN_PROGRESS");
              return r.post("/api/projects/" + p + "/milestones/2/ready");
            }),
        new Endpoint(
            "POST",
            PRJ + "/milestones/{seq}/inspections",
            Access.SITE,
            SUPERVISOR,
            (c, r) -> {
              String p = project(c);
              lm(c).milestone(p, 3, "READY_FOR_INSPECTION");
              return r.body(
                      Map.of("items", List.of(Map.of("code", "gn-workmanship", "result", "PASS"))))
                  .post("/api/projects/" + p + "/milestones/3/inspections");
            }),
        new Endpoint(
            "GET",
            PRJ + "/milestones/{seq}/inspections",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/api/projects/" + project(c) + "/milestones/3/inspections")),
        new Endpoint(
            "GET",
            PRJ + "/inspections/{inspectionId}/photos/{code}",
            Access.SITE,
            ALL,
            (c, r) -> {
              String p = project(c);
              return r.get("/api/projects/" + p + "/" + lm(c).photos(p)[0]);
            }),
        new Endpoint(
            "GET",
            PRJ + "/rectifications/{id}/fixes/{fixId}/photo",
            Access.SITE,
            ALL,
            (c, r) -> {
              String p = project(c);
              return r.get("/api/projects/" + p + "/" + lm(c).photos(p)[1]);
            }),
        new Endpoint(
            "GET",
            PRJ + "/rectifications",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/api/projects/" + project(c) + "/rectifications")),
        new Endpoint(
            "POST",
            PRJ + "/rectifications/{id}/fixed",
            Access.SITE,
            PM,
            (c, r) -> {
              String p = project(c);
              return r.body(Map.of("note", "done"))
                  .post(
                      "/api/projects/"
                          + p
                          + "/rectifications/"
                          + lm(c).rectification(p, "OPEN")
                          + "/fixed");
            }),
        new Endpoint(
            "POST",
            PRJ + "/rectifications/{id}/close",
            Access.SITE,
            SUPERVISOR,
            (c, r) -> {
              String p = project(c);
              return r.post(
                  "/api/projects/"
                      + p
                      + "/rectifications/"
                      + lm(c).rectification(p, "FIXED")
                      + "/close");
            }),
        new Endpoint(
            "POST",
            PRJ + "/rectifications/{id}/reopen",
            Access.SITE,
            SUPERVISOR,
            (c, r) -> {
              String p = project(c);
              return r.post(
                  "/api/projects/"
                      + p
                      + "/rectifications/"
                      + lm(c).rectification(p, "FIXED")
                      + "/reopen");
            }),
        new Endpoint(
            "POST",
            PRJ + "/stages/{seq}/criteria",
            Access.SITE,
            SUPERVISOR,
            (c, r) ->
                r.body(Map.of("kind", "CLOSED_WATER", "sensorId", "leak1"))
                    .post("/api/projects/" + project(c) + "/stages/1/criteria")),
        new Endpoint(
            "GET",
            PRJ + "/stages/{seq}/criteria",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/api/projects/" + project(c) + "/stages/1/criteria")),
        new Endpoint(
            "POST",
            PRJ + "/stages/{seq}/acceptance",
            Access.SITE,
            EnumSet.of(Role.SUPERVISOR, Role.OPERATOR),
            (c, r) -> {
              String p = project(c);
              lm(c).milestone(p, 4, "READY_FOR_INSPECTION");
              lm(c).passedInspection(p, 4);
              return r.body(Map.of()).post("/api/projects/" + p + "/stages/4/acceptance");
            }),
        new Endpoint(
            "GET",
            PRJ + "/stages/{seq}/acceptance",
            Access.SITE,
            ALL,
            (c, r) -> {
              String p = project(c);
              lm(c).record(p, 9, "AWAITING_SUPERVISOR", Duration.ZERO);
              return r.get("/api/projects/" + p + "/stages/9/acceptance");
            }),
        new Endpoint(
            "POST",
            PRJ + "/stages/{seq}/acceptance/sign",
            Access.SITE,
            EnumSet.of(Role.SUPERVISOR, Role.HOMEOWNER),
            (c, r) -> {
              String p = project(c);
              boolean supervisor = c.test().roleOf(c.caller()) == Role.SUPERVISOR;
              lm(c)
                  .record(
                      p,
                      0,
                      supervisor ? "AWAITING_SUPERVISOR" : "AWAITING_CUSTOMER",
                      Duration.ZERO);
              return r.post("/api/projects/" + p + "/stages/0/acceptance/sign");
            }),
        new Endpoint(
            "POST",
            PRJ + "/ledger/deposits",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER),
            (c, r) -> {
              String p = project(c);
              lm(c).noOpenDispute(p);
              return r.header("Idempotency-Key", key())
                  .body(Map.of("amountFen", 1000))
                  .post("/api/projects/" + p + "/ledger/deposits");
            }),
        new Endpoint(
            "POST",
            PRJ + "/ledger/stages/{seq}/release",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER, Role.OPERATOR),
            (c, r) -> {
              String p = project(c);
              lm(c).funded(p);
              lm(c).record(p, 1, "SIGNED", Duration.ZERO);
              return r.header("Idempotency-Key", key())
                  .post("/api/projects/" + p + "/ledger/stages/1/release");
            }),
        new Endpoint(
            "POST",
            PRJ + "/ledger/retention/release",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER, Role.OPERATOR),
            (c, r) -> {
              String p = project(c);
              lm(c).retentionReady(p);
              return r.header("Idempotency-Key", key())
                  .post("/api/projects/" + p + "/ledger/retention/release");
            }),
        new Endpoint(
            "POST",
            PRJ + "/ledger/refunds",
            Access.SITE,
            EnumSet.of(Role.OPERATOR),
            (c, r) -> {
              String p = project(c);
              lm(c).funded(p);
              return r.header("Idempotency-Key", key())
                  .body(Map.of("amountFen", 1, "reason", "matrix"))
                  .post("/api/projects/" + p + "/ledger/refunds");
            }),
        new Endpoint(
            "GET",
            PRJ + "/ledger/statement",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/api/projects/" + project(c) + "/ledger/statement")),
        new Endpoint(
            "POST",
            PRJ + "/disputes",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER, Role.PROJECT_MANAGER),
            (c, r) -> {
              String p = project(c);
              lm(c).noOpenDispute(p);
              return r.body(Map.of("amountFen", 0, "reason", "tiles cracked"))
                  .post("/api/projects/" + p + "/disputes");
            }),
        new Endpoint(
            "POST",
            PRJ + "/disputes/{disputeId}/arbitration",
            Access.SITE,
            EnumSet.of(Role.OPERATOR),
            (c, r) -> {
              String p = project(c);
              lm(c).noOpenDispute(p);
              String d = lm(c).openDispute(p);
              return r.header("Idempotency-Key", key())
                  .body(Map.of("toContractorFen", 1, "toCustomerFen", 1, "decision", "split"))
                  .post("/api/projects/" + p + "/disputes/" + d + "/arbitration");
            }),
        new Endpoint(
            "POST",
            PRJ + "/evaluations",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER),
            (c, r) -> {
              String p = project(c);
              lm(c).record(p, 0, "SIGNED", Duration.ZERO);
              return r.body(
                      Map.of(
                          "targetKind",
                          "STAFF",
                          "targetId",
                          lm(c).staffOf(p),
                          "quality",
                          4,
                          "schedule",
                          4,
                          "communication",
                          4,
                          "tidiness",
                          4,
                          "text",
                          "ok"))
                  .post("/api/projects/" + p + "/evaluations");
            }),
        new Endpoint(
            "GET",
            PRJ + "/evaluations",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/api/projects/" + project(c) + "/evaluations")),
        new Endpoint(
            "POST",
            "/api/evaluations/{evaluationId}/reply",
            Access.ROLE,
            ALL,
            (c, r) ->
                r.body(Map.of("text", "thanks"))
                    .post(
                        "/api/evaluations/"
                            + lm(c).evaluationFor(c.caller().userId(), project(c))
                            + "/reply")),
        new Endpoint(
            "GET",
            "/api/evaluations/aggregate",
            Access.ROLE,
            ALL,
            (c, r) ->
                r.queryParam("kind", "ENTERPRISE")
                    .queryParam("id", "ent-x")
                    .get("/api/evaluations/aggregate")),
        new Endpoint(
            "POST",
            PRJ + "/design/proposals",
            Access.SITE,
            EnumSet.of(Role.DESIGNER),
            (c, r) ->
                r.body(Map.of("notes", "v", "fileName", "a.png", "fileBase64", PNG))
                    .post("/api/projects/" + project(c) + "/design/proposals")),
        new Endpoint(
            "GET",
            PRJ + "/design/proposals",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/api/projects/" + project(c) + "/design/proposals")),
        new Endpoint(
            "POST",
            PRJ + "/design/proposals/{proposalId}/comments",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER, Role.DESIGNER),
            (c, r) -> {
              String p = project(c);
              return r.body(Map.of("text", "nice"))
                  .post(
                      "/api/projects/"
                          + p
                          + "/design/proposals/"
                          + lm(c).proposal(p)
                          + "/comments");
            }),
        new Endpoint(
            "POST",
            PRJ + "/design/proposals/{proposalId}/confirm",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER),
            (c, r) -> {
              String p = project(c);
              return r.post(
                  "/api/projects/" + p + "/design/proposals/" + lm(c).proposal(p) + "/confirm");
            }),
        new Endpoint(
            "POST",
            PRJ + "/milestones/{seq}/timelapse",
            Access.SITE,
            ALL,
            (c, r) -> {
              String p = project(c);
              lm(c).startedYesterday(p, 1);
              return r.body(Map.of("cameraId", "cam1"))
                  .post(PRJ.replace("{projectId}", p) + "/milestones/1/timelapse");
            }),
        new Endpoint(
            "GET",
            PRJ + "/evidence",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/api/projects/" + project(c) + "/evidence")),
        new Endpoint(
            "GET",
            PRJ + "/evidence/verify",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/api/projects/" + project(c) + "/evidence/verify")),
        new Endpoint(
            "GET",
            PRJ + "/audit",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/api/projects/" + project(c) + "/audit")),
        new Endpoint(
            "GET",
            "/api/audit",
            Access.ROLE,
            EnumSet.of(Role.OPERATOR),
            (c, r) -> r.get("/api/audit")),
        new Endpoint(
            "GET", "/api/evidence/keys", Access.PUBLIC, ALL, (c, r) -> r.get("/api/evidence/keys")),
        // branch domain (issue 18): a stage's criteria as set, and turning one off with a reason
        new Endpoint(
            "GET",
            PRJ + "/stages/{seq}/criteria/declared",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/api/projects/" + project(c) + "/stages/1/criteria/declared")),
        new Endpoint(
            "POST",
            PRJ + "/stages/{seq}/criteria/{criterionId}/off",
            Access.SITE,
            SUPERVISOR,
            (c, r) -> {
              String p = project(c);
              return r.body(Map.of("reason", "sensor moved to the kitchen"))
                  .post(
                      "/api/projects/"
                          + p
                          + "/stages/1/criteria/"
                          + c.test().lifecycle.criterion(p)
                          + "/off");
            }));
  }
}
