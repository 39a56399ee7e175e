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
 * The authorization matrix rows of the portal's path from choosing a company to a contract (issue
 * 18 item 2): anyone signed in registers a company (then administers it) and asks a verified one;
 * certificates are their enterprise's own, a homeowner's threads their own. Registration leaves the
 * caller's earlier enterprise first, so these rows run after the workspace rows.
 */
final class DealsRows {
  private static final Set<Role> ALL = EnumSet.allOf(Role.class);

  private DealsRows() {}

  private static String certificates(Ctx c) {
    return "/portal/enterprise/"
        + c.test().business.adminEnterprise(c.caller(), c.siteId())
        + "/certificates";
  }

  private static String thread(Ctx c) {
    return "/portal/inquiries/"
        + c.test().business.inquiry(c.caller(), c.siteId())
        + "/"
        + c.test().business.partner().id();
  }

  static List<Endpoint> rows() {
    return List.of(
        new Endpoint(
            "GET",
            "/portal/enterprise-registration",
            Access.ROLE,
            ALL,
            (c, r) -> r.get("/portal/enterprise-registration")),
        new Endpoint(
            "POST",
            "/portal/enterprise-registration",
            Access.ROLE,
            ALL,
            (c, r) -> {
              c.test().business.leaveAnyEnterprise(c.caller());
              return r.contentType(ContentType.URLENC)
                  .formParam("type", "DECORATION_COMPANY")
                  .formParam("name", "Portal Co")
                  .formParam("creditCode", c.test().business.partnerCreditCode())
                  .formParam("city", "Shanghai")
                  .formParam("priceBand", "3")
                  .post("/portal/enterprise-registration");
            }),
        new Endpoint(
            "GET",
            "/portal/enterprise/{id}/certificates",
            Access.PARTY,
            ALL,
            (c, r) -> r.get(certificates(c))),
        new Endpoint(
            "POST",
            "/portal/enterprise/{id}/certificates",
            Access.PARTY,
            ALL,
            (c, r) -> {
              String path = certificates(c);
              return r.contentType("multipart/form-data")
                  .multiPart("kind", "BUSINESS_LICENCE")
                  .multiPart("file", "licence.pdf", BusinessFixtures.PDF, "application/pdf")
                  .post(path);
            }),
        new Endpoint(
            "GET", "/portal/inquiries", Access.ROLE, ALL, (c, r) -> r.get("/portal/inquiries")),
        new Endpoint(
            "GET",
            "/portal/inquiries/new",
            Access.ROLE,
            ALL,
            (c, r) ->
                r.queryParam("enterprise", c.test().business.partner().id())
                    .get("/portal/inquiries/new")),
        new Endpoint(
            "POST",
            "/portal/inquiries",
            Access.ROLE,
            ALL,
            (c, r) ->
                r.contentType(ContentType.URLENC)
                    .formParam("enterpriseId", c.test().business.partner().id())
                    .formParam("subject", "Kitchen")
                    .formParam("body", "How much?")
                    .post("/portal/inquiries")),
        new Endpoint(
            "GET",
            "/portal/inquiries/{inquiryId}/{enterpriseId}",
            Access.PARTY,
            ALL,
            (c, r) -> r.get(thread(c))),
        new Endpoint(
            "POST",
            "/portal/inquiries/{inquiryId}/{enterpriseId}/reply",
            Access.PARTY,
            ALL,
            (c, r) -> {
              String path = thread(c);
              return r.contentType(ContentType.URLENC)
                  .formParam("body", "Thanks")
                  .post(path + "/reply");
            }),
        new Endpoint(
            "GET", "/portal/contracts", Access.ROLE, ALL, (c, r) -> r.get("/portal/contracts")),
        new Endpoint(
            "GET",
            "/portal/contract-drafts",
            Access.PARTY,
            ALL,
            (c, r) -> {
              String[] ip = c.test().business.draftableInquiry(c.caller(), c.siteId());
              return r.queryParam("inquiry", ip[0]).get("/portal/contract-drafts");
            }),
        new Endpoint(
            "POST",
            "/portal/contract-drafts",
            Access.PARTY,
            ALL,
            (c, r) -> {
              String[] ip = c.test().business.draftableInquiry(c.caller(), c.siteId());
              return r.contentType(ContentType.URLENC)
                  .formParam("inquiry", ip[0])
                  .formParam("title", "Kitchen")
                  .formParam("siteName", "Flat")
                  .formParam("siteAddress", "1 Road")
                  .formParam("scope", "Kitchen")
                  .formParam("total", "10000")
                  .formParam("startDate", "2026-12-01")
                  .formParam("endDate", "2027-02-01")
                  .formParam("projectManager", ip[1])
                  .post("/portal/contract-drafts");
            }),
        new Endpoint(
            "GET",
            "/portal/projects/{projectId}/design/proposals/{proposalId}/file",
            Access.SITE,
            ALL,
            (c, r) -> {
              String p = c.test().lifecycle.project(c.siteId(), c.caller().userId());
              return r.get(
                  "/portal/projects/"
                      + p
                      + "/design/proposals/"
                      + c.test().lifecycle.proposalWithFile(p)
                      + "/file");
            }));
  }
}
