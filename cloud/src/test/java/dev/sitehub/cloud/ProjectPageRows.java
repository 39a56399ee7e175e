package dev.sitehub.cloud;

import dev.sitehub.cloud.AuthorizationMatrixTest.Access;
import dev.sitehub.cloud.AuthorizationMatrixTest.Ctx;
import dev.sitehub.cloud.AuthorizationMatrixTest.Endpoint;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.ContractView;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The authorization matrix rows of the project pages (timeline, acceptance sign-off, payments,
 * messages, contract signing, design confirmation, evaluation). Calls that sign or move money run
 * on a project of their own on the site, so they never change the state the lifecycle API rows rely
 * on.
 */
final class ProjectPageRows {
  private static final Set<Role> ALL = EnumSet.allOf(Role.class);
  private static final String PRJ = "/portal/projects/{projectId}";

  private ProjectPageRows() {}

  /**
   * The site's project; its members are the project's party. Messages have no operator bypass, so
   * their rows are PARTY rather than SITE.
   */
  private static String project(Ctx c) {
    return c.test().lifecycle.project(c.siteId(), c.caller().userId());
  }

  private static String fresh(Ctx c) {
    return c.test().lifecycle.newProject(c.siteId(), c.caller().userId());
  }

  static List<Endpoint> rows() {
    List<Endpoint> all = new java.util.ArrayList<>(pageRows());
    all.addAll(stageRows());
    all.addAll(ledgerRows());
    all.addAll(domainRows());
    return all;
  }

  /** Branch domain (issue 18): the project's supervisor adds an item to a stage's checklist. */
  private static List<Endpoint> domainRows() {
    return List.of(
        new Endpoint(
            "POST",
            PRJ + "/milestones/{seq}/items",
            Access.SITE,
            EnumSet.of(Role.SUPERVISOR),
            (c, r) ->
                r.contentType(ContentType.URLENC)
                    .header("HX-Request", "true")
                    .formParam("title", "Balcony drain cleared")
                    .post(prj(c) + "/milestones/1/items")));
  }

  private static String prj(Ctx c) {
    return "/portal/projects/" + project(c);
  }

  /** The stage page and rectification list (issue 10): PM moves, supervisor inspects and closes. */
  private static List<Endpoint> stageRows() {
    Set<Role> pm = EnumSet.of(Role.PROJECT_MANAGER);
    Set<Role> supervisor = EnumSet.of(Role.SUPERVISOR);
    return List.of(
        new Endpoint(
            "GET",
            PRJ + "/milestones/{seq}",
            Access.SITE,
            ALL,
            (c, r) -> r.get(prj(c) + "/milestones/1")),
        new Endpoint(
            "POST",
            PRJ + "/milestones/{seq}/start",
            Access.SITE,
            pm,
            (c, r) -> {
              c.test().lifecycle.milestone(project(c), 1, "PLANNED");
              return r.header("HX-Request", "true").post(prj(c) + "/milestones/1/start");
            }),
        new Endpoint(
            "POST",
            PRJ + "/milestones/{seq}/ready",
            Access.SITE,
            pm,
            (c, r) -> {
              c.test().lifecycle.milestone(project(c), 2, "IN_PROGRESS");
              return r.header("HX-Request", "true").post(prj(c) + "/milestones/2/ready");
            }),
        new Endpoint(
            "POST",
            PRJ + "/milestones/{seq}/plan",
            Access.SITE,
            pm,
            (c, r) ->
                r.contentType(ContentType.URLENC)
                    .header("HX-Request", "true")
                    .formParam("plannedStart", "2026-12-01")
                    .formParam("plannedEnd", "2026-12-20")
                    .post(prj(c) + "/milestones/1/plan")),
        new Endpoint(
            "POST",
            PRJ + "/milestones/{seq}/inspections",
            Access.SITE,
            supervisor,
            (c, r) -> {
              c.test().lifecycle.milestone(project(c), 3, "READY_FOR_INSPECTION");
              return r.contentType("multipart/form-data")
                  .header("HX-Request", "true")
                  .multiPart("result-gn-workmanship", "PASS")
                  .post(prj(c) + "/milestones/3/inspections");
            }),
        new Endpoint(
            "GET",
            PRJ + "/rectifications",
            Access.SITE,
            ALL,
            (c, r) -> r.get(prj(c) + "/rectifications")),
        new Endpoint(
            "POST",
            PRJ + "/rectifications/{id}/fixed",
            Access.SITE,
            pm,
            (c, r) -> {
              String id = c.test().lifecycle.rectification(project(c), "OPEN");
              return r.contentType(ContentType.URLENC)
                  .header("HX-Request", "true")
                  .formParam("note", "done")
                  .post(prj(c) + "/rectifications/" + id + "/fixed");
            }),
        new Endpoint(
            "POST",
            PRJ + "/rectifications/{id}/close",
            Access.SITE,
            supervisor,
            (c, r) -> {
              String id = c.test().lifecycle.rectification(project(c), "FIXED");
              return r.header("HX-Request", "true")
                  .post(prj(c) + "/rectifications/" + id + "/close");
            }),
        new Endpoint(
            "POST",
            PRJ + "/rectifications/{id}/reopen",
            Access.SITE,
            supervisor,
            (c, r) -> {
              String id = c.test().lifecycle.rectification(project(c), "FIXED");
              return r.header("HX-Request", "true")
                  .post(prj(c) + "/rectifications/" + id + "/reopen");
            }));
  }

  private static List<Endpoint> pageRows() {
    return List.of(
        new Endpoint(
            "GET", "/portal/projects", Access.ROLE, ALL, (c, r) -> r.get("/portal/projects")),
        new Endpoint(
            "GET", PRJ, Access.SITE, ALL, (c, r) -> r.get("/portal/projects/" + project(c))),
        new Endpoint(
            "GET",
            PRJ + "/audit",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/portal/projects/" + project(c) + "/audit")),
        new Endpoint(
            "GET",
            PRJ + "/stages/{seq}/acceptance",
            Access.SITE,
            ALL,
            (c, r) -> {
              String p = project(c);
              c.test().lifecycle.record(p, 9, "AWAITING_SUPERVISOR", Duration.ZERO);
              return r.get("/portal/projects/" + p + "/stages/9/acceptance");
            }),
        new Endpoint(
            "POST",
            PRJ + "/stages/{seq}/acceptance/sign",
            Access.SITE,
            EnumSet.of(Role.SUPERVISOR, Role.HOMEOWNER),
            (c, r) -> {
              String p = fresh(c);
              boolean supervisor = c.test().roleOf(c.caller()) == Role.SUPERVISOR;
              c.test()
                  .lifecycle
                  .record(
                      p,
                      0,
                      supervisor ? "AWAITING_SUPERVISOR" : "AWAITING_CUSTOMER",
                      Duration.ZERO);
              return r.header("HX-Request", "true")
                  .post("/portal/projects/" + p + "/stages/0/acceptance/sign");
            }),
        new Endpoint(
            "POST",
            PRJ + "/stages/{seq}/release",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER, Role.OPERATOR),
            (c, r) -> {
              String p = fresh(c);
              c.test().lifecycle.funded(p);
              c.test().lifecycle.record(p, 1, "SIGNED", Duration.ZERO);
              return r.header("HX-Request", "true")
                  .post("/portal/projects/" + p + "/stages/1/release");
            }),
        new Endpoint(
            "POST",
            PRJ + "/payments/deposits",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER),
            (c, r) ->
                r.contentType(ContentType.URLENC)
                    .header("HX-Request", "true")
                    .formParam("amount", "10")
                    .formParam("key", "m-" + UUID.randomUUID())
                    .post("/portal/projects/" + fresh(c) + "/payments/deposits")),
        new Endpoint(
            "GET",
            PRJ + "/messages",
            Access.PARTY,
            ALL,
            (c, r) -> r.get("/portal/projects/" + project(c) + "/messages")),
        new Endpoint(
            "GET",
            PRJ + "/messages/list",
            Access.PARTY,
            ALL,
            (c, r) -> r.get("/portal/projects/" + project(c) + "/messages/list")),
        new Endpoint(
            "POST",
            PRJ + "/messages",
            Access.PARTY,
            ALL,
            (c, r) ->
                r.contentType(ContentType.URLENC)
                    .header("HX-Request", "true")
                    .formParam("body", "hello")
                    .post("/portal/projects/" + project(c) + "/messages")),
        new Endpoint(
            "GET",
            PRJ + "/design",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/portal/projects/" + project(c) + "/design")),
        new Endpoint(
            "POST",
            PRJ + "/design/proposals/{proposalId}/comments",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER, Role.DESIGNER),
            (c, r) -> {
              String p = project(c);
              return r.contentType(ContentType.URLENC)
                  .header("HX-Request", "true")
                  .formParam("text", "nice")
                  .post(
                      "/portal/projects/"
                          + p
                          + "/design/proposals/"
                          + c.test().lifecycle.proposal(p)
                          + "/comments");
            }),
        new Endpoint(
            "POST",
            PRJ + "/design/proposals/{proposalId}/confirm",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER),
            (c, r) -> {
              String p = fresh(c);
              return r.header("HX-Request", "true")
                  .post(
                      "/portal/projects/"
                          + p
                          + "/design/proposals/"
                          + c.test().lifecycle.proposal(p)
                          + "/confirm");
            }),
        new Endpoint(
            "GET",
            PRJ + "/evaluation",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/portal/projects/" + project(c) + "/evaluation")),
        new Endpoint(
            "POST",
            PRJ + "/evaluation",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER),
            (c, r) -> {
              String p = fresh(c);
              c.test().lifecycle.record(p, 0, "SIGNED", Duration.ZERO);
              return r.contentType(ContentType.URLENC)
                  .header("HX-Request", "true")
                  .formParam("targetKind", "STAFF")
                  .formParam("targetId", c.test().lifecycle.staffOf(p))
                  .formParam("quality", "4")
                  .formParam("schedule", "4")
                  .formParam("communication", "4")
                  .formParam("tidiness", "4")
                  .formParam("text", "ok")
                  .post("/portal/projects/" + p + "/evaluation");
            }),
        // documents: the acceptance record and payment statement PDFs, for the project's members.
        new Endpoint(
            "GET",
            PRJ + "/stages/{seq}/acceptance.pdf",
            Access.SITE,
            ALL,
            (c, r) -> {
              String p = project(c);
              c.test().lifecycle.record(p, 9, "AWAITING_SUPERVISOR", Duration.ZERO);
              return r.get("/portal/projects/" + p + "/stages/9/acceptance.pdf?lang=zh");
            }),
        new Endpoint(
            "GET",
            PRJ + "/payments/statement.pdf",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/portal/projects/" + project(c) + "/payments/statement.pdf")));
  }

  /**
   * The contract page rows; {@link BusinessEndpoints} runs them among the customer-side calls,
   * since a caller bound to an enterprise can no longer be a contract's customer.
   */
  static List<Endpoint> contractRows() {
    return List.of(
        new Endpoint(
            "GET",
            "/portal/contracts/{contractId}",
            Access.PARTY_OR_OPERATOR,
            ALL,
            (c, r) ->
                r.get(
                    "/portal/contracts/"
                        + c.test().business.draft(c.caller(), c.siteId()).contractId())),
        new Endpoint(
            "POST",
            "/portal/contracts/{contractId}/sign",
            Access.PARTY,
            ALL,
            (c, r) -> {
              ContractView v = c.test().business.draft(c.caller(), c.siteId());
              return r.contentType(ContentType.URLENC)
                  .header("HX-Request", "true")
                  .formParam("version", 1)
                  .formParam("sha", v.documentSha256())
                  .post("/portal/contracts/" + v.contractId() + "/sign");
            }),
        // documents: the contract PDF, readable by whoever may read the contract page.
        new Endpoint(
            "GET",
            "/portal/contracts/{contractId}/document.pdf",
            Access.PARTY_OR_OPERATOR,
            ALL,
            (c, r) ->
                r.get(
                    "/portal/contracts/"
                        + c.test().business.draft(c.caller(), c.siteId()).contractId()
                        + "/document.pdf?lang=zh")));
  }

  // --- sitetasks (issue 18 item 2): the ledger page's dispute, retention and refund forms, each
  // on a project of its own (a released retention or an open dispute would change the API rows'
  // state)
  private static List<Endpoint> ledgerRows() {
    return List.of(
        new Endpoint(
            "GET",
            PRJ + "/ledger",
            Access.SITE,
            ALL,
            (c, r) -> r.get("/portal/projects/" + project(c) + "/ledger")),
        new Endpoint(
            "POST",
            PRJ + "/ledger/disputes",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER, Role.PROJECT_MANAGER),
            (c, r) -> {
              String p = fresh(c);
              c.test().lifecycle.noOpenDispute(p);
              return r.contentType(ContentType.URLENC)
                  .header("HX-Request", "true")
                  .formParam("reason", "tiles cracked")
                  .post("/portal/projects/" + p + "/ledger/disputes");
            }),
        new Endpoint(
            "POST",
            PRJ + "/ledger/retention/release",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER, Role.OPERATOR),
            (c, r) -> {
              String p = fresh(c);
              c.test().lifecycle.retentionReady(p);
              return r.contentType(ContentType.URLENC)
                  .header("HX-Request", "true")
                  .formParam("key", UUID.randomUUID().toString())
                  .post("/portal/projects/" + p + "/ledger/retention/release");
            }),
        new Endpoint(
            "POST",
            PRJ + "/ledger/refunds",
            Access.SITE,
            EnumSet.of(Role.OPERATOR),
            (c, r) -> {
              String p = fresh(c);
              c.test().lifecycle.funded(p);
              return r.contentType(ContentType.URLENC)
                  .header("HX-Request", "true")
                  .formParam("amount", "0.01")
                  .formParam("reason", "matrix")
                  .formParam("key", UUID.randomUUID().toString())
                  .post("/portal/projects/" + p + "/ledger/refunds");
            }),
        new Endpoint(
            "POST",
            PRJ + "/evaluation/{evaluationId}/reply",
            Access.SITE,
            ALL,
            (c, r) -> {
              String p = project(c);
              return r.contentType(ContentType.URLENC)
                  .header("HX-Request", "true")
                  .formParam("text", "thanks")
                  .post(
                      "/portal/projects/"
                          + p
                          + "/evaluation/"
                          + c.test().lifecycle.evaluationFor(c.caller().userId(), p)
                          + "/reply");
            }));
  }
}
