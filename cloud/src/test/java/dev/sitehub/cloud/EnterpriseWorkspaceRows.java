package dev.sitehub.cloud;

import dev.sitehub.cloud.AuthorizationMatrixTest.Access;
import dev.sitehub.cloud.AuthorizationMatrixTest.Ctx;
import dev.sitehub.cloud.AuthorizationMatrixTest.Endpoint;
import dev.sitehub.cloud.accounts.Role;
import io.restassured.http.ContentType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authorization matrix rows of the enterprise workspace (issue 10) and its profile API: every
 * role may have an enterprise, so every role may use the workspace of its own one ("own" site) and
 * none, operators included, that of a stranger's ("foreign" site). Accepting an invitation re-binds
 * the caller, so it runs last.
 */
final class EnterpriseWorkspaceRows {
  private static final Set<Role> ALL = EnumSet.allOf(Role.class);
  private static final String WS = "/portal/enterprise/{id}";

  private EnterpriseWorkspaceRows() {}

  private static String ws(Ctx c) {
    return "/portal/enterprise/" + c.test().business.adminEnterprise(c.caller(), c.siteId());
  }

  private static String thread(Ctx c) {
    String[] ei = c.test().workspace.inquiry(c.caller(), c.siteId());
    return "/portal/enterprise/" + ei[0] + "/inquiries/" + ei[1];
  }

  static List<Endpoint> rows() {
    return List.of(
        new Endpoint(
            "GET", "/portal/enterprise", Access.ROLE, ALL, (c, r) -> r.get("/portal/enterprise")),
        new Endpoint("GET", WS, Access.PARTY, ALL, (c, r) -> r.get(ws(c))),
        new Endpoint(
            "POST",
            WS + "/profile",
            Access.PARTY,
            ALL,
            (c, r) -> {
              String path = ws(c);
              return r.contentType(ContentType.URLENC)
                  .header("HX-Request", "true")
                  .formParam("name", "Own Co")
                  .formParam("city", "Shanghai")
                  .formParam("priceBand", "3")
                  .post(path + "/profile");
            }),
        new Endpoint(
            "POST",
            WS + "/staff",
            Access.PARTY,
            ALL,
            (c, r) -> {
              String path = ws(c);
              return r.contentType(ContentType.URLENC)
                  .header("HX-Request", "true")
                  .formParam("username", c.test().users.user(Role.HOMEOWNER).username())
                  .formParam("role", "PROJECT_MANAGER")
                  .post(path + "/staff");
            }),
        new Endpoint(
            "GET", WS + "/inquiries", Access.PARTY, ALL, (c, r) -> r.get(ws(c) + "/inquiries")),
        new Endpoint(
            "GET", WS + "/inquiries/{inquiryId}", Access.PARTY, ALL, (c, r) -> r.get(thread(c))),
        new Endpoint(
            "POST",
            WS + "/inquiries/{inquiryId}/reply",
            Access.PARTY,
            ALL,
            (c, r) -> {
              String path = thread(c);
              return r.contentType(ContentType.URLENC)
                  .header("HX-Request", "true")
                  .formParam("body", "About 9000 yuan")
                  .post(path + "/reply");
            }),
        new Endpoint(
            "GET", WS + "/projects", Access.PARTY, ALL, (c, r) -> r.get(ws(c) + "/projects")),
        new Endpoint(
            "PUT",
            "/api/enterprises/{id}/profile",
            Access.PARTY,
            ALL,
            (c, r) -> {
              String id = c.test().business.adminEnterprise(c.caller(), c.siteId());
              return r.body(Map.of("name", "Own Co", "city", "Shanghai", "priceBand", 2))
                  .put("/api/enterprises/" + id + "/profile");
            }),
        // Last: accepting an invitation re-binds the caller to another enterprise.
        new Endpoint(
            "POST",
            WS + "/accept",
            Access.PARTY,
            ALL,
            (c, r) -> {
              String id = c.test().business.invitation(c.caller(), c.siteId());
              return r.header("HX-Request", "true").post("/portal/enterprise/" + id + "/accept");
            }));
  }
}
